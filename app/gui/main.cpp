#include "localization.h"
#include "mainwindow.h"
#include "rebuilder.h"
#include "settings.h"
#include "syntaxrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
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
    parser.process(app);

    // One highlighting repository for every view, outliving the window.
    SyntaxRepository syntax;
    MainWindow window(&syntax);
    QString error;
    const QStringList files = parser.positionalArguments();
    const bool opened = files.isEmpty() || window.openInput(files.constFirst(), &error);
    window.show();
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
