// A test-only child for tst_recovery: the app with unsaved work, to be
// killed. It opens FILE in a main window whose autosave goes to
// RECOVERY_DIR every 100 ms, sets the string at POINTER to VALUE through the
// document's undo API, prints "ready PATH" once the recovery file is
// written, and then runs until it is killed.
//
//   recoverychild RECOVERY_DIR FILE POINTER VALUE

#include "autosaver.h"
#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Private settings: the child never reads or writes the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test-recoverychild"));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));

    const QStringList args = QApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 5) {
        err << "usage: recoverychild RECOVERY_DIR FILE POINTER VALUE\n";
        return 2;
    }
    MainWindow window;
    window.autosaver()->setDirectory(args.at(1));
    window.autosaver()->setInterval(100);
    QString error;
    if (!window.openFile(args.at(2), &error)) {
        err << error << '\n';
        return 1;
    }
    bool ready = false;
    QObject::connect(window.autosaver(), &Autosaver::saved, &window, [&ready](const QString &path) {
        if (ready)
            return;
        ready = true;
        QTextStream(stdout) << "ready " << path << Qt::endl;
    });
    QObject::connect(window.autosaver(), &Autosaver::failed, &window, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
    });
    if (!window.document()->setValue(args.at(3), oci::json::Value::makeString(args.at(4).toStdString()))) {
        err << "cannot set " << args.at(3) << '\n';
        return 1;
    }
    window.show();
    return QApplication::exec();
}
