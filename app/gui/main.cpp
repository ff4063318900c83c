#include "jsonview.h"
#include "localization.h"
#include "mainwindow.h"
#include "rebuilder.h"
#include "settings.h"
#include "startupprobe.h"
#include "syntaxrepository.h"
#include "themecolors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // A screenshot is rendered offscreen whatever the desktop: the platform
    // plugin is chosen when QApplication is made, before options are parsed.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--screenshot" || arg.startsWith("--screenshot=")) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocistudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QApplication::setApplicationVersion(QStringLiteral(OCISTUDIO_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));
    QApplication::setOrganizationName(QStringLiteral("ocispecstudio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ocispecstudio.OciSpecStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.ocispecstudio.OciSpecStudio"),
        QIcon(QStringLiteral(":/icons/io.github.ocispecstudio.OciSpecStudio.svg"))));

    // Before any text is made: the help output is translated too.
    Localization::install(Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Edit Docker plugin manifests and container configs, see the exact OCI spec Docker builds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main",
            "The file to open: a scenario (FILE.ocispec.json), a plugin manifest, an "
            "Engine API create body or docker inspect output."),
        QStringLiteral("[file]"));
    // For package and smoke tests: start, build the first spec, print the
    // language and the menu titles, quit. Hidden: not for users.
    QCommandLineOption quitAfterStart(QStringLiteral("quit-after-start"));
    quitAfterStart.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStart);
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Render the main window with the file (or the example) at 1400×900 to a PNG image and exit."),
        QApplication::translate("main", "image"));
    parser.addOption(screenshot);
    QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
        QApplication::translate("main", "Use a light or dark palette instead of the desktop's."),
        QStringLiteral("light|dark"));
    parser.addOption(colorScheme);
    parser.process(app);

    if (parser.isSet(colorScheme)) {
        const QString scheme = parser.value(colorScheme);
        if (scheme != QLatin1String("light") && scheme != QLatin1String("dark")) {
            QTextStream(stderr) << QApplication::translate("main", "--color-scheme takes light or dark, not %1")
                                       .arg(scheme)
                                << '\n';
            return 2;
        }
        // Fusion follows the palette everywhere; platform styles may not.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == QLatin1String("dark") ? ThemeColors::darkPalette()
                                                                 : QApplication::style()->standardPalette());
    }

    // One highlighting repository for every view, outliving the window.
    SyntaxRepository syntax;
    MainWindow window(&syntax);
    // OCISTUDIO_STARTUP_PROBE: report the first paint of the spec and quit.
    StartupProbe::install(window.specView());
    QString error;
    const QStringList files = parser.positionalArguments();
    // Shown first: a status message given to a hidden window's status bar
    // does not hide the bar's other labels, and both would be painted.
    if (!parser.isSet(screenshot))
        window.show();
    const bool opened = files.isEmpty() || window.openInput(files.constFirst(), &error);

    if (parser.isSet(screenshot)) {
        if (!opened) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
        const QString target = parser.value(screenshot);
        window.resize(1400, 900);
        window.show();
        // The picture shows the document, not how it was opened.
        window.statusBar()->clearMessage();
        // Grab once the first spec is shown and the layouts have settled.
        auto shoot = [&window, target] {
            QTimer::singleShot(100, &window, [&window, target] {
                const QImage image = window.grab().toImage();
                if (!image.save(target, "PNG")) {
                    QTextStream(stderr) << QApplication::translate("main", "Cannot write %1").arg(target) << '\n';
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
        };
        if (window.rebuilder()->snapshot())
            shoot();
        else
            QObject::connect(window.rebuilder(), &Rebuilder::snapshotReady, &window, shoot, Qt::SingleShotConnection);
        return QApplication::exec();
    }

    // Unsaved work of a window that did not close normally (a crash, a
    // kill) waits in the autosave folder: offer it, without blocking.
    window.offerRecovery();
    if (!opened) {
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("main", "Open Scenario"),
                QApplication::translate("main", "Cannot open the file:\n%1").arg(error));
        });
    }

    if (parser.isSet(quitAfterStart) || qEnvironmentVariableIsSet("OCISTUDIO_QUIT_AFTER_START")) {
        auto reported = std::make_shared<bool>(false);
        auto report = [&window, reported] {
            if (*reported)
                return;
            *reported = true;
            QStringList menus;
            for (QAction *action : window.menuBar()->actions())
                menus << action->text();
            QTextStream(stdout) << "language " << Localization::current() << "; menus " << menus.join(QLatin1Char(' '))
                                << "; spec " << (window.rebuilder()->snapshot() ? "built" : "missing") << '\n';
            QApplication::exit(window.rebuilder()->snapshot() ? 0 : 1);
        };
        if (window.rebuilder()->snapshot())
            QTimer::singleShot(0, &window, report);
        else
            QObject::connect(window.rebuilder(), &Rebuilder::snapshotReady, &window, report, Qt::QueuedConnection);
        // A build that never comes is a failure, not a hang.
        QTimer::singleShot(30000, &window, report);
    }
    return QApplication::exec();
}
