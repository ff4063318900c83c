// Desktop conventions: standard actions, recent files, settings restored,
// files dropped on the window, files changed on disk, preferences, export,
// icons, field help, keyboard access.

#include "builder.h"
#include "document.h"
#include "fieldhelp.h"
#include "filewatcher.h"
#include "inputimport.h"
#include "jsonhighlighter.h"
#include "jsonview.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "rebuilder.h"
#include "recentfiles.h"
#include "settings.h"
#include "specencoder.h"
#include "syntaxrepository.h"
#include "warningsview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <cstdio>

using oci::json::Value;

namespace {

const char kManifest[] = R"({
  "description": "test volume plugin",
  "entrypoint": ["/plugin", "--serve"],
  "interface": {"types": ["docker.volumedriver/1.0"], "socket": "p.sock"},
  "linux": {"capabilities": ["CAP_SYS_ADMIN"]},
  "mounts": [{"name": "state", "source": "/var/lib/p", "destination": "/state", "type": "bind",
              "options": ["rbind"], "settable": ["source"]}],
  "env": [{"name": "DEBUG", "value": "1", "settable": ["value"]}],
  "network": {"type": "host"},
  "propagatedMount": "/mnt/volumes"
}
)";

const char kCreateBody[] = R"({
  "Image": "nginx",
  "Cmd": ["nginx", "-g", "daemon off;"],
  "Env": ["A=1"],
  "WorkingDir": "/srv",
  "HostConfig": {"CapAdd": ["NET_ADMIN"], "Memory": 67108864, "ReadonlyRootfs": true},
  "NetworkingConfig": {}
}
)";

const char kInspect[] = R"([{
  "Id": "4f66ad9a0b2e5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c",
  "Name": "/web",
  "Created": "2026-01-01T00:00:00Z",
  "State": {"Running": true},
  "Config": {"Hostname": "4f66ad9a0b2e", "Cmd": ["sh"], "Image": "alpine", "Env": ["PATH=/bin"]},
  "HostConfig": {"NetworkMode": "bridge", "UTSMode": "host", "CapDrop": ["MKNOD"]},
  "NetworkSettings": {}
}]
)";

const char kOciSpec[] = R"({"ociVersion": "1.3.0", "process": {"args": ["sh"]}, "root": {"path": "rootfs"}})";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What `ocispec build` makes of bytes: the compact spec, or the refusal.
std::string buildCompact(const QByteArray &data, const oci::HostProfile &host)
{
    oci::BuildOptions options;
    options.host = &host;
    const auto result = oci::buildText(
        std::string_view(data.constData(), static_cast<std::size_t>(data.size())), "input.json", options);
    if (!result->decoded)
        return "not decoded";
    if (result->refused)
        return "refused: " + result->refusal;
    return oci::encodeCompact(result->spec);
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

QDockWidget *dockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    }
    return nullptr;
}

void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QMessageBox *waitForBox(QWidget *window, const QString &name)
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        QTest::qWait(20);
        box = window->findChild<QMessageBox *>(name);
        if (box && !box->isVisible())
            box = nullptr;
    }
    return box;
}

void clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
    QFAIL("no button with that role");
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void fieldHelpLookup();
    void fieldHelpCoversManifestAndHostConfig();
    void importWrapsBareInputsLikeTheCli();
    void importRefusesOtherFiles();
    void recentFiles();
    void fileWatcherFollowsAtomicSaves();
    void standardActions();
    void windowStateRestored();
    void dropOpensInputs();
    void dropOciSpecOffersBaseline();
    void dropUnrecognisedFileExplains();
    void externalChangePromptsReload();
    void revertReadsTheFileAgain();
    void preferencesStoredAndApplied();
    void exportFollowsFormat();
    void bundledIcons();
    void keyboardAndAccessibility();
    void darkPaletteSwitchesHighlighting();

private:
    QTemporaryDir m_dir;
    SyntaxRepository m_syntax;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));
    QVERIFY(m_dir.isValid());
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::fieldHelpLookup()
{
    const FieldHelp::Entry *capAdd = FieldHelp::find(QStringLiteral("/hostConfig/CapAdd"));
    QVERIFY(capAdd);
    QCOMPARE(capAdd->flag(), QStringLiteral("--cap-add"));
    QCOMPARE(capAdd->specPath(), QStringLiteral("/process/capabilities"));
    QVERIFY(!capAdd->description().isEmpty());
    // Go matches keys case-insensitively; so does the help.
    QCOMPARE(FieldHelp::find(QStringLiteral("/HOSTCONFIG/capadd")), capAdd);
    // An element gets its field's help.
    QCOMPARE(FieldHelp::find(QStringLiteral("/hostConfig/CapAdd/2")), capAdd);
    QCOMPARE(FieldHelp::find(QStringLiteral("/hostConfig/IpcMode"))->flag(), QStringLiteral("--ipc"));
    QCOMPARE(QString::fromLatin1(FieldHelp::find(QStringLiteral("/manifest/mounts/3/source"))->pattern),
        QStringLiteral("/manifest/mounts/*/source"));
    QCOMPARE(QString::fromLatin1(FieldHelp::find(QStringLiteral("/manifest/mounts/3/nonsense"))->pattern),
        QStringLiteral("/manifest/mounts"));
    QCOMPARE(QString::fromLatin1(FieldHelp::find(QStringLiteral("/manifest/PropagatedMount"))->pattern),
        QStringLiteral("/manifest/propagatedMount"));
    QVERIFY(!FieldHelp::find(QStringLiteral("/nothing/here")));
    QVERIFY(!FieldHelp::find(QString()));

    // Bare inputs map to where the wrapping scenario holds them.
    QCOMPARE(FieldHelp::find(QStringLiteral("/HostConfig/CapAdd"), oci::InputKind::CreateBody), capAdd);
    QCOMPARE(FieldHelp::scenarioPointer(QStringLiteral("/Cmd/0"), oci::InputKind::CreateBody),
        QStringLiteral("/config/Cmd/0"));
    QCOMPARE(FieldHelp::scenarioPointer(QStringLiteral("/0/Config/Env/1"), oci::InputKind::DockerInspect),
        QStringLiteral("/config/Env/1"));
    QCOMPARE(
        FieldHelp::scenarioPointer(QStringLiteral("/0/Name"), oci::InputKind::DockerInspect), QStringLiteral("/name"));
    QCOMPARE(FieldHelp::find(QStringLiteral("/linux/capabilities"), oci::InputKind::PluginManifest),
        FieldHelp::find(QStringLiteral("/manifest/linux/capabilities")));

    const QString tip = FieldHelp::toolTip(QStringLiteral("/manifest/linux/capabilities"));
    QVERIFY(tip.contains(QStringLiteral("/process/capabilities")));
    QVERIFY(tip.contains(QStringLiteral("docker plugin install")));
    QVERIFY(FieldHelp::toolTip(QStringLiteral("/nothing")).isEmpty());
    // Fields that do not reach the spec have no "Spec:" line.
    QVERIFY(!FieldHelp::toolTip(QStringLiteral("/hostConfig/RestartPolicy")).contains(QStringLiteral("<code>/")));
}

void TestDesktop::fieldHelpCoversManifestAndHostConfig()
{
    // Every field of Docker's plugin config (plugin.Config) and the main
    // ContainerConfig / HostConfig fields have help of their own.
    const QStringList own = {
        // plugin manifest
        QStringLiteral("/manifest/description"),
        QStringLiteral("/manifest/documentation"),
        QStringLiteral("/manifest/interface"),
        QStringLiteral("/manifest/interface/types"),
        QStringLiteral("/manifest/interface/socket"),
        QStringLiteral("/manifest/interface/protocolscheme"),
        QStringLiteral("/manifest/entrypoint"),
        QStringLiteral("/manifest/workdir"),
        QStringLiteral("/manifest/user"),
        QStringLiteral("/manifest/network"),
        QStringLiteral("/manifest/network/type"),
        QStringLiteral("/manifest/linux"),
        QStringLiteral("/manifest/linux/capabilities"),
        QStringLiteral("/manifest/linux/allowAllDevices"),
        QStringLiteral("/manifest/linux/devices"),
        QStringLiteral("/manifest/linux/devices/0/name"),
        QStringLiteral("/manifest/linux/devices/0/path"),
        QStringLiteral("/manifest/linux/devices/0/settable"),
        QStringLiteral("/manifest/linux/devices/0/description"),
        QStringLiteral("/manifest/mounts"),
        QStringLiteral("/manifest/mounts/0/name"),
        QStringLiteral("/manifest/mounts/0/source"),
        QStringLiteral("/manifest/mounts/0/destination"),
        QStringLiteral("/manifest/mounts/0/type"),
        QStringLiteral("/manifest/mounts/0/options"),
        QStringLiteral("/manifest/mounts/0/settable"),
        QStringLiteral("/manifest/mounts/0/description"),
        QStringLiteral("/manifest/env"),
        QStringLiteral("/manifest/env/0/name"),
        QStringLiteral("/manifest/env/0/value"),
        QStringLiteral("/manifest/env/0/settable"),
        QStringLiteral("/manifest/env/0/description"),
        QStringLiteral("/manifest/args"),
        QStringLiteral("/manifest/args/name"),
        QStringLiteral("/manifest/args/value"),
        QStringLiteral("/manifest/args/settable"),
        QStringLiteral("/manifest/args/description"),
        QStringLiteral("/manifest/propagatedmount"),
        QStringLiteral("/manifest/ipchost"),
        QStringLiteral("/manifest/pidhost"),
        QStringLiteral("/manifest/rootfs"),
        QStringLiteral("/manifest/dockerversion"),
        // plugin scenario
        QStringLiteral("/kind"),
        QStringLiteral("/id"),
        QStringLiteral("/rootfs"),
        QStringLiteral("/execRoot"),
        QStringLiteral("/set"),
        // container scenario
        QStringLiteral("/name"),
        QStringLiteral("/image"),
        QStringLiteral("/engine"),
        QStringLiteral("/host"),
        QStringLiteral("/config/Cmd"),
        QStringLiteral("/config/Entrypoint"),
        QStringLiteral("/config/Env"),
        QStringLiteral("/config/User"),
        QStringLiteral("/config/WorkingDir"),
        QStringLiteral("/config/Hostname"),
        QStringLiteral("/config/Domainname"),
        QStringLiteral("/config/Tty"),
        QStringLiteral("/hostConfig/Binds"),
        QStringLiteral("/hostConfig/Mounts"),
        QStringLiteral("/hostConfig/Tmpfs"),
        QStringLiteral("/hostConfig/CapAdd"),
        QStringLiteral("/hostConfig/CapDrop"),
        QStringLiteral("/hostConfig/Privileged"),
        QStringLiteral("/hostConfig/ReadonlyRootfs"),
        QStringLiteral("/hostConfig/NetworkMode"),
        QStringLiteral("/hostConfig/IpcMode"),
        QStringLiteral("/hostConfig/PidMode"),
        QStringLiteral("/hostConfig/UTSMode"),
        QStringLiteral("/hostConfig/UsernsMode"),
        QStringLiteral("/hostConfig/CgroupnsMode"),
        QStringLiteral("/hostConfig/CgroupParent"),
        QStringLiteral("/hostConfig/SecurityOpt"),
        QStringLiteral("/hostConfig/Devices"),
        QStringLiteral("/hostConfig/DeviceCgroupRules"),
        QStringLiteral("/hostConfig/Sysctls"),
        QStringLiteral("/hostConfig/Ulimits"),
        QStringLiteral("/hostConfig/Memory"),
        QStringLiteral("/hostConfig/MemorySwap"),
        QStringLiteral("/hostConfig/MemoryReservation"),
        QStringLiteral("/hostConfig/MemorySwappiness"),
        QStringLiteral("/hostConfig/OomKillDisable"),
        QStringLiteral("/hostConfig/OomScoreAdj"),
        QStringLiteral("/hostConfig/PidsLimit"),
        QStringLiteral("/hostConfig/CpuShares"),
        QStringLiteral("/hostConfig/CpuPeriod"),
        QStringLiteral("/hostConfig/CpuQuota"),
        QStringLiteral("/hostConfig/NanoCpus"),
        QStringLiteral("/hostConfig/CpusetCpus"),
        QStringLiteral("/hostConfig/CpusetMems"),
        QStringLiteral("/hostConfig/BlkioWeight"),
        QStringLiteral("/hostConfig/ShmSize"),
        QStringLiteral("/hostConfig/GroupAdd"),
        QStringLiteral("/hostConfig/Init"),
        QStringLiteral("/hostConfig/Links"),
        QStringLiteral("/hostConfig/MaskedPaths"),
        QStringLiteral("/hostConfig/ReadonlyPaths"),
        QStringLiteral("/hostConfig/Annotations"),
        QStringLiteral("/engine/cgroupDriver"),
        QStringLiteral("/engine/defaultIpcMode"),
        QStringLiteral("/engine/uidMaps"),
    };
    for (const QString &pointer : own) {
        const FieldHelp::Entry *entry = FieldHelp::find(pointer);
        QVERIFY2(entry, qPrintable(pointer));
        QString expected = pointer;
        expected.replace(QRegularExpression(QStringLiteral("/[0-9]+(?=/|$)")), QStringLiteral("/*"));
        QVERIFY2(QString::fromLatin1(entry->pattern).compare(expected, Qt::CaseInsensitive) == 0,
            qPrintable(pointer + QStringLiteral(" → ") + QString::fromLatin1(entry->pattern)));
    }
    // Patterns are unique and every entry says something.
    QSet<QString> patterns;
    for (const FieldHelp::Entry &entry : FieldHelp::entries()) {
        const QString pattern = QString::fromLatin1(entry.pattern).toLower();
        QVERIFY2(!patterns.contains(pattern), entry.pattern);
        patterns.insert(pattern);
        QVERIFY2(!entry.description().isEmpty(), entry.pattern);
    }
    QVERIFY(FieldHelp::entries().size() > 120);
}

void TestDesktop::importWrapsBareInputsLikeTheCli()
{
    const oci::HostProfile host = oci::HostProfile::defaults();
    struct Case {
        const char *data;
        oci::InputKind kind;
        const char *name;
    };
    for (const Case &c : {Case {kManifest, oci::InputKind::PluginManifest, "config.json"},
             Case {kCreateBody, oci::InputKind::CreateBody, "create.json"},
             Case {kInspect, oci::InputKind::DockerInspect, "inspect.json"}}) {
        const QByteArray data(c.data);
        const InputImport::Result result = InputImport::fromData(data, QString::fromLatin1(c.name));
        QCOMPARE(result.kind, c.kind);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.scenario.isEmpty());
        QVERIFY(result.untitledName.endsWith(QStringLiteral(".ocispec.json")));
        // The wrapped scenario builds the spec `ocispec build` builds from
        // the bare input.
        const std::string bare = buildCompact(data, host);
        QVERIFY2(bare.front() == '{', bare.c_str());
        QCOMPARE(buildCompact(result.scenario, host), bare);
        // And it is a scenario.
        QCOMPARE(InputImport::fromData(result.scenario, result.untitledName).kind, oci::InputKind::Scenario);
    }
    QCOMPARE(InputImport::fromData(QByteArray(kManifest), QStringLiteral("config.json")).untitledName,
        QStringLiteral("config.ocispec.json"));
    const InputImport::Result inspect = InputImport::fromData(QByteArray(kInspect), QStringLiteral("web.json"));
    QVERIFY(inspect.scenario.contains("\"name\": \"web\""));
    QVERIFY(!inspect.scenario.contains("\"Hostname\"")); // derived under UTSMode host
    QVERIFY(!inspect.notes.isEmpty());

    QCOMPARE(InputImport::fromData(QByteArray(kOciSpec), QStringLiteral("config.json")).kind, oci::InputKind::OciSpec);
    const InputImport::Result scenario
        = InputImport::fromData(QByteArray(R"({"kind": "plugin", "manifest": {}})"), QStringLiteral("a.ocispec.json"));
    QCOMPARE(scenario.kind, oci::InputKind::Scenario);
    QVERIFY(scenario.scenario.isEmpty());
}

void TestDesktop::importRefusesOtherFiles()
{
    const InputImport::Result notJson = InputImport::fromData(QByteArray("hello"), QStringLiteral("notes.txt"));
    QCOMPARE(notJson.kind, oci::InputKind::Invalid);
    QVERIFY(notJson.error.contains(QStringLiteral("notes.txt")));
    QVERIFY(notJson.error.contains(QStringLiteral("line 1")));
    const InputImport::Result object = InputImport::fromData(
        QByteArray(R"({"name": "left-pad", "version": "1.0.0"})"), QStringLiteral("package.json"));
    QCOMPARE(object.kind, oci::InputKind::Invalid);
    QVERIFY(!object.error.isEmpty());
    QCOMPARE(InputImport::fromData(QByteArray("[1, 2]"), QStringLiteral("a.json")).kind, oci::InputKind::Invalid);
    QCOMPARE(InputImport::fromData(QByteArray("42"), QStringLiteral("a.json")).kind, oci::InputKind::Invalid);
    const InputImport::Result folder = InputImport::fromFile(m_dir.path());
    QCOMPARE(folder.kind, oci::InputKind::Invalid);
    QVERIFY(!folder.error.isEmpty());
    const InputImport::Result missing = InputImport::fromFile(m_dir.filePath(QStringLiteral("missing.json")));
    QCOMPARE(missing.kind, oci::InputKind::Invalid);
    QVERIFY(!missing.error.isEmpty());
}

void TestDesktop::recentFiles()
{
    QWidget parent;
    RecentFiles recent(&parent);
    QVERIFY(recent.files().isEmpty());
    for (int i = 0; i < RecentFiles::kMaximum + 3; ++i)
        recent.add(m_dir.filePath(QStringLiteral("f%1.ocispec.json").arg(i)));
    QCOMPARE(recent.files().size(), RecentFiles::kMaximum);
    QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("f12.ocispec.json")));
    recent.add(m_dir.filePath(QStringLiteral("f5.ocispec.json")));
    QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("f5.ocispec.json")));
    QCOMPARE(recent.files().count(m_dir.filePath(QStringLiteral("f5.ocispec.json"))), 1);
    recent.remove(m_dir.filePath(QStringLiteral("f5.ocispec.json")));
    QVERIFY(!recent.files().contains(m_dir.filePath(QStringLiteral("f5.ocispec.json"))));

    // The menu: one entry per file with a mnemonic, then Clear.
    QTRY_COMPARE(recent.menu()->actions().size(), RecentFiles::kMaximum - 1 + 2);
    QVERIFY(recent.menu()->actions().constFirst()->text().startsWith(QStringLiteral("&1 ")));
    QSignalSpy triggered(&recent, &RecentFiles::fileTriggered);
    recent.menu()->actions().constFirst()->trigger();
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(triggered.constFirst().constFirst().toString(), recent.files().constFirst());
    QAction *clear = recent.menu()->findChild<QAction *>(QStringLiteral("clearRecentFilesAction"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(recent.files().isEmpty());
    QTRY_VERIFY(!recent.menu()->findChild<QAction *>(QStringLiteral("clearRecentFilesAction"))->isEnabled());
}

void TestDesktop::fileWatcherFollowsAtomicSaves()
{
    const QString path = m_dir.filePath(QStringLiteral("watched.ocispec.json"));
    QVERIFY(writeFile(path, "{\"kind\": \"plugin\"}\n"));
    FileWatcher watcher;
    watcher.watch(path);
    QVERIFY(watcher.isWatching());
    QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
    QSignalSpy removed(&watcher, &FileWatcher::removedFromDisk);

    // Another editor saves atomically: a new inode renamed over the file.
    const QString temp = m_dir.filePath(QStringLiteral(".watched.tmp"));
    QVERIFY(writeFile(temp, "{\"kind\": \"container\"}\n"));
    QCOMPARE(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), path);
    QTRY_VERIFY(watcher.isWatching());

    // The next change, in place, is seen on the new inode.
    QVERIFY(writeFile(path, "{\"kind\": \"plugin\", \"id\": \"x\"}\n"));
    QTRY_COMPARE(changed.count(), 2);

    // The app's own save (acknowledged with watch()) and a rewrite of the
    // same bytes are not changes.
    QVERIFY(writeFile(path, "{\"kind\": \"plugin\", \"id\": \"ours\"}\n"));
    watcher.watch(path);
    QVERIFY(writeFile(path, "{\"kind\": \"plugin\", \"id\": \"ours\"}\n"));
    QTest::qWait(600);
    QCOMPARE(changed.count(), 2);

    QVERIFY(QFile::remove(path));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    QCOMPARE(changed.count(), 2);
    // Written again: a change.
    QVERIFY(writeFile(path, "{}\n"));
    QTRY_COMPARE(changed.count(), 3);

    watcher.watch(QString());
    QVERIFY(!watcher.isWatching());
}

void TestDesktop::standardActions()
{
    MainWindow w(&m_syntax);
    const QList<QKeySequence::StandardKey> keys = {
        QKeySequence::New,
        QKeySequence::Open,
        QKeySequence::Save,
        QKeySequence::SaveAs,
        QKeySequence::Close,
        QKeySequence::Quit,
        QKeySequence::Undo,
        QKeySequence::Redo,
        QKeySequence::Find,
        QKeySequence::FindNext,
    };
    for (QKeySequence::StandardKey key : keys) {
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
        // A platform without a binding for the key (offscreen has no Quit
        // on some schemes) leaves nothing to check.
        if (bindings.isEmpty())
            continue;
        QVERIFY2(actionWithShortcut(&w, bindings.constFirst()), qPrintable(bindings.constFirst().toString()));
    }
    QAction *preferences = w.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcut().isEmpty());
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QVERIFY(w.findChild<QAction *>(QStringLiteral("revertAction")));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("closeAction")));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("exportAction")));
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("recentFilesMenu")));

    // Every menu title and item has a mnemonic, unique within its menu.
    for (QAction *menuAction : w.menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        QMenu *menu = menuAction->menu();
        QSet<QChar> used;
        for (QAction *item : menu->actions()) {
            if (item->isSeparator() || item->text().isEmpty())
                continue;
            const qsizetype amp = item->text().indexOf(QLatin1Char('&'));
            // Dock toggles carry the dock's title, which has none.
            if (amp < 0)
                continue;
            const QChar mnemonic = item->text().at(amp + 1).toLower();
            QVERIFY2(!used.contains(mnemonic), qPrintable(menuAction->text() + QStringLiteral(": ") + item->text()));
            used.insert(mnemonic);
        }
    }
}

void TestDesktop::windowStateRestored()
{
    {
        MainWindow w(&m_syntax);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(700, 500);
        // Newer platform plugins apply the resize asynchronously and keep a
        // window inside the (800x600) offscreen screen.
        QTRY_COMPARE(w.size(), QSize(700, 500));
        w.findChild<QDockWidget *>(QStringLiteral("warningsDock"))->hide();
        QVERIFY(w.close());
    }
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(w.size(), QSize(700, 500));
    QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("warningsDock"))->isVisible());
    QVERIFY(dockOf(w.scenarioView())->isVisible());
}

void TestDesktop::dropOpensInputs()
{
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    const QString manifest = m_dir.filePath(QStringLiteral("sshfs-config.json"));
    QVERIFY(writeFile(manifest, kManifest));
    dropFiles(&w, {manifest});
    QTRY_COMPARE(w.document()->displayName(), QStringLiteral("sshfs-config.ocispec.json"));
    QVERIFY(w.document()->filePath().isEmpty()); // untitled: Save asks where
    QCOMPARE(QString::fromStdString(w.document()->value(QStringLiteral("/kind"))->text()), QStringLiteral("plugin"));
    QTRY_VERIFY(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec());
    QVERIFY(w.specView()->text().contains(QStringLiteral("/mnt/volumes")));
    QCOMPARE(w.recentFiles()->files().constFirst(), manifest);

    // Dropped on the (read-only) spec view, the drop reaches the window.
    const QString inspect = m_dir.filePath(QStringLiteral("web-inspect.json"));
    QVERIFY(writeFile(inspect, kInspect));
    dropFiles(w.specView()->viewport(), {inspect});
    QTRY_COMPARE(w.document()->displayName(), QStringLiteral("web-inspect.ocispec.json"));
    QCOMPARE(QString::fromStdString(w.document()->value(QStringLiteral("/kind"))->text()), QStringLiteral("container"));

    // A scenario opens as itself, and is watched.
    const QString scenario = m_dir.filePath(QStringLiteral("dropped.ocispec.json"));
    QVERIFY(writeFile(scenario, InputImport::fromData(QByteArray(kCreateBody), QStringLiteral("x.json")).scenario));
    dropFiles(&w, {scenario, manifest});
    QTRY_COMPARE(w.document()->filePath(), scenario);
    QCOMPARE(w.fileWatcher()->path(), scenario);
    QVERIFY(w.fileWatcher()->isWatching());
}

void TestDesktop::dropOciSpecOffersBaseline()
{
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString spec = m_dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(spec, kOciSpec));
    const QString before = w.document()->displayName();
    QSignalSpy baseline(&w, &MainWindow::baselineRequested);
    dropFiles(&w, {spec});
    QMessageBox *box = waitForBox(&w, QStringLiteral("dropMessage"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("config.json")));
    clickRole(box, QMessageBox::AcceptRole);
    QTRY_COMPARE(baseline.count(), 1);
    QCOMPARE(baseline.constFirst().constFirst().toString(), spec);
    // This document's baseline; the default for others stays as it was.
    QVERIFY(Settings::defaultBaseline().isEmpty());
    QCOMPARE(w.document()->displayName(), before);

    QString error;
    QVERIFY(!w.openInput(spec, &error));
    QVERIFY(error.contains(QStringLiteral("baseline")));
}

void TestDesktop::dropUnrecognisedFileExplains()
{
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString before = w.document()->displayName();
    const QString other = m_dir.filePath(QStringLiteral("package.json"));
    QVERIFY(writeFile(other, R"({"name": "left-pad", "version": "1.0.0"})"));
    dropFiles(&w, {other});
    QMessageBox *box = waitForBox(&w, QStringLiteral("dropMessage"));
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(box->text().contains(QStringLiteral("package.json")));
    QVERIFY(box->text().contains(QStringLiteral("plugin manifest")));
    box->accept();
    QCOMPARE(w.document()->displayName(), before);

    // Something that is not a file at all (a URL to a web page) is not taken.
    QMimeData mime;
    mime.setUrls({QUrl(QStringLiteral("https://example.org/config.json"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&w, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDesktop::externalChangePromptsReload()
{
    const QString path = m_dir.filePath(QStringLiteral("edited.ocispec.json"));
    const QByteArray original = InputImport::fromData(QByteArray(kManifest), QStringLiteral("m.json")).scenario;
    QVERIFY(writeFile(path, original));
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(path));

    // Our own save does not prompt.
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/srv")));
    QAction *save = actionWithShortcut(&w, QKeySequence::keyBindings(QKeySequence::Save).constFirst());
    QVERIFY(save);
    save->trigger();
    QVERIFY(!w.document()->isModified());
    QTest::qWait(500);
    QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("reloadPrompt")));

    // Another program replaces the file (atomically): reload on request.
    QByteArray changed = readFile(path);
    changed.replace("\"/srv\"", "\"/elsewhere\"");
    const QString temp = m_dir.filePath(QStringLiteral("edited.tmp"));
    QVERIFY(writeFile(temp, changed));
    QCOMPARE(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()), 0);
    QMessageBox *box = waitForBox(&w, QStringLiteral("reloadPrompt"));
    QVERIFY(box);
    clickRole(box, QMessageBox::AcceptRole);
    QTRY_COMPARE(QString::fromStdString(w.document()->value(QStringLiteral("/manifest/workdir"))->text()),
        QStringLiteral("/elsewhere"));
    QVERIFY(!w.document()->isModified());

    // Kept instead: the document counts as changed, so closing asks to save.
    changed.replace("\"/elsewhere\"", "\"/third\"");
    QVERIFY(writeFile(path, changed));
    box = waitForBox(&w, QStringLiteral("reloadPrompt"));
    QVERIFY(box);
    clickRole(box, QMessageBox::RejectRole);
    QTRY_VERIFY(w.document()->isModified());
    QCOMPARE(QString::fromStdString(w.document()->value(QStringLiteral("/manifest/workdir"))->text()),
        QStringLiteral("/elsewhere"));
    w.document()->undoStack()->setClean();
}

void TestDesktop::revertReadsTheFileAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("revert.ocispec.json"));
    QVERIFY(writeFile(path, InputImport::fromData(QByteArray(kManifest), QStringLiteral("m.json")).scenario));
    MainWindow w(&m_syntax);
    QAction *revert = w.findChild<QAction *>(QStringLiteral("revertAction"));
    QVERIFY(revert);
    QVERIFY(!revert->isEnabled()); // the untitled example has no file
    QVERIFY(w.openFile(path));
    QVERIFY(revert->isEnabled());
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/changed")));
    QVERIFY(w.document()->isModified());
    // The confirmation is modal: answer it when it shows.
    QTimer::singleShot(0, &w, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(QMessageBox::Discard)->click();
    });
    revert->trigger();
    QVERIFY(!w.document()->isModified());
    QVERIFY(!w.document()->value(QStringLiteral("/manifest/workdir")));
}

void TestDesktop::preferencesStoredAndApplied()
{
    const QString hostPath = m_dir.filePath(QStringLiteral("host.json"));
    QVERIFY(writeFile(hostPath, R"({"kernel": "6.1.0-test", "hostname": "prefhost"})"));
    {
        PreferencesDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("hostProfileEdit"))->setText(hostPath);
        dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"))->setCurrentIndex(1);
        auto *baseline = dialog.findChild<QComboBox *>(QStringLiteral("baselineCombo"));
        baseline->setCurrentIndex(1);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());
    }
    QCOMPARE(Settings::hostProfileFile(), hostPath);
    QCOMPARE(Settings::exportFormat(), Settings::ExportFormat::Compact);
    QCOMPARE(Settings::defaultBaseline(), Settings::dockerDefaultBaseline());
    QCOMPARE(Settings::language(), QStringLiteral("fr"));
    {
        // Shown again, the dialog holds what was stored.
        PreferencesDialog dialog;
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("hostProfileEdit"))->text(),
            QDir::toNativeSeparators(hostPath));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"))->currentIndex(), 1);
        // A host profile that does not decode keeps the dialog open.
        const QString bad = m_dir.filePath(QStringLiteral("bad-host.json"));
        QVERIFY(writeFile(bad, R"({"numCPU": "many"})"));
        dialog.findChild<QLineEdit *>(QStringLiteral("hostProfileEdit"))->setText(bad);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hostStatus"))->text().contains(QStringLiteral("bad-host")));
        dialog.reject();
    }
    QCOMPARE(Settings::hostProfileFile(), hostPath);

    // The window builds scenarios without a host profile with the default one.
    MainWindow w(&m_syntax);
    QTRY_VERIFY(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->result);
    QCOMPARE(QString::fromStdString(w.rebuilder()->snapshot()->result->hostOrigin), hostPath);
    // The schema folder goes to validation.
    Settings::setSchemaDir(m_dir.path());
    MainWindow other(&m_syntax);
    QCOMPARE(other.rebuilder()->schemaDir(), m_dir.path());
}

void TestDesktop::exportFollowsFormat()
{
    MainWindow w(&m_syntax);
    QTRY_VERIFY(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec());
    const auto snapshot = w.rebuilder()->snapshot();
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));

    QVERIFY(w.exportSpecTo(path));
    QCOMPARE(readFile(path), snapshot->text.toUtf8());
    QVERIFY(readFile(path).endsWith("}\n"));

    Settings::setExportFormat(Settings::ExportFormat::Compact);
    QVERIFY(w.exportSpecTo(path));
    QCOMPARE(readFile(path), QByteArray::fromStdString(oci::encodeCompact(snapshot->result->spec)));
    QVERIFY(!readFile(path).contains('\n'));

    QString error;
    QVERIFY(!w.exportSpecTo(m_dir.filePath(QStringLiteral("no/such/folder/x.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDesktop::bundledIcons()
{
    // The SVG icon engine is there, and every bundled icon renders.
    const QIcon app(QStringLiteral(":/icons/io.github.ocispecstudio.OciSpecStudio.svg"));
    QVERIFY(!app.isNull());
    const QImage appImage = app.pixmap(128).toImage();
    QCOMPARE(appImage.size(), QSize(128, 128));
    QVERIFY(appImage.pixelColor(64, 64).alpha() > 0);
    QVERIFY(appImage.pixelColor(1, 1).alpha() == 0); // rounded corner
    const QStringList names = QDir(QStringLiteral(":/icons/actions")).entryList();
    QVERIFY(names.size() >= 12);
    for (const QString &name : names) {
        const QImage image = QIcon(QStringLiteral(":/icons/actions/") + name).pixmap(24).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += image.pixelColor(x, y).alpha() > 0;
        }
        QVERIFY2(painted > 40, qPrintable(name));
    }
    // The window's actions use them when the desktop has no icon theme.
    MainWindow w(&m_syntax);
    QAction *preferences = w.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(!preferences->icon().isNull());
}

void TestDesktop::keyboardAndAccessibility()
{
    MainWindow w(&m_syntax);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (QWidget *widget : QList<QWidget *> {w.specView(), w.scenarioView(), w.warningsView()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY(widget->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(w.specView()->tabChangesFocus());

    // F6 visits every panel and comes back.
    QAction *next = actionWithShortcut(&w, QKeySequence(Qt::Key_F6));
    QAction *previous = actionWithShortcut(&w, QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QVERIFY(next && previous);
    w.specView()->setFocus();
    QSet<QWidget *> visited;
    auto panelOf = [&w](QWidget *focus) -> QWidget * {
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            if (dock->widget() && (dock->widget() == focus || dock->widget()->isAncestorOf(focus)))
                return dock->widget();
        }
        return focus == w.specView() || w.specView()->isAncestorOf(focus) ? w.specView() : nullptr;
    };
    QWidget *start = panelOf(w.focusWidget());
    QCOMPARE(start, static_cast<QWidget *>(w.specView()));
    for (int i = 0; i < 10; ++i) {
        next->trigger();
        QWidget *panel = panelOf(w.focusWidget());
        QVERIFY(panel);
        visited.insert(panel);
        if (panel == start)
            break;
    }
    QVERIFY(visited.contains(dockOf(w.scenarioView())->widget()));
    QVERIFY(visited.contains(dockOf(w.warningsView())->widget()));
    QVERIFY(visited.contains(w.specView()));
    previous->trigger();
    QVERIFY(panelOf(w.focusWidget()) != w.specView());
}

void TestDesktop::darkPaletteSwitchesHighlighting()
{
    MainWindow w(&m_syntax);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec());
    const bool startedDark = w.specHighlighter()->isDarkTheme();
    // OCISTUDIO_SCREENSHOT_DIR keeps pictures for people to look at (the
    // light one is resources/screenshots/main.png, for the metainfo).
    const QString keep = qEnvironmentVariable("OCISTUDIO_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!keep.isEmpty())
        QVERIFY(w.grab().save(QDir(keep).filePath(QStringLiteral("h7-light.png"))));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8e, 0x92));
    dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    dark.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2a));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1c, 0x1e));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x12));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    const QPalette original = QApplication::palette();
    QApplication::setPalette(dark);
    QTRY_VERIFY(w.specHighlighter()->isDarkTheme());
    QTest::qWait(50);
    if (!keep.isEmpty())
        QVERIFY(w.grab().save(QDir(keep).filePath(QStringLiteral("h7-dark.png"))));
    QApplication::setPalette(original);
    QTRY_COMPARE(w.specHighlighter()->isDarkTheme(), startedDark);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
