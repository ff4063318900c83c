#include "mainwindow.h"
#include "syntaxrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocistudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QApplication::setApplicationVersion(QStringLiteral(OCISTUDIO_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));
    QApplication::setOrganizationName(QStringLiteral("ocispecstudio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ocispecstudio.OciSpecStudio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Edit Docker plugin manifests and container configs, see the exact OCI spec Docker builds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The scenario to open (FILE.ocispec.json)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // One highlighting repository for every view, outliving the window.
    SyntaxRepository syntax;
    MainWindow window(&syntax);
    QString error;
    const QStringList files = parser.positionalArguments();
    const bool opened = files.isEmpty() || window.openFile(files.constFirst(), &error);
    window.show();
    if (!opened) {
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("main", "Open Scenario"),
                                 QApplication::translate("main", "Cannot open the scenario:\n%1").arg(error));
        });
    }
    return QApplication::exec();
}
