#pragma once

// The application window: the built spec in the middle, the scenario and
// the findings in docks, the provenance of the spec line under the cursor
// in the status bar.

#include <QMainWindow>

#include <memory>

class Document;
class DiagnosticsModel;
class DiagnosticsProxyModel;
class HeaderProxyModel;
class JsonHighlighter;
class JsonView;
class QAction;
class QDockWidget;
class QLabel;
class QTreeView;
class Rebuilder;
class ScenarioModel;
class SyntaxRepository;
class WarningsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `syntax` is the application's highlighting repository (null: the
    // window makes its own). The window starts on the embedded FUSE
    // volume plugin example.
    explicit MainWindow(SyntaxRepository *syntax = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a scenario; on failure the current document stays and
    // `errorMessage` says why (no dialog: callers decide how to report).
    bool openFile(const QString &path, QString *errorMessage = nullptr);
    // Replaces the document with an embedded example, untitled.
    bool newFromExample(const QString &id);

    Document *document() const { return m_document; }
    Rebuilder *rebuilder() const { return m_rebuilder; }
    JsonView *specView() const { return m_specView; }
    JsonHighlighter *specHighlighter() const { return m_specHighlighter; }
    WarningsView *warningsView() const { return m_warningsView; }
    QTreeView *scenarioView() const { return m_scenarioView; }
    ScenarioModel *scenarioModel() const { return m_scenarioModel; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnosticsModel; }
    // What the status bar says about the spec line under the cursor.
    QString provenanceText() const;

public Q_SLOTS:
    // Shows a spec location in the spec view and an input location in the
    // scenario tree (either may be empty).
    void showPointer(const QString &specPointer, const QString &inputPointer);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void onSnapshotReady();
    void updateProvenance();
    void selectInput(const QString &inputPointer, bool focus);
    void open();
    bool save();
    bool saveAs();
    bool maybeSave();
    void about();

    std::unique_ptr<SyntaxRepository> m_ownSyntax;
    SyntaxRepository *m_syntax;
    Document *m_document;
    Rebuilder *m_rebuilder;
    JsonView *m_specView;
    JsonHighlighter *m_specHighlighter;
    DiagnosticsModel *m_diagnosticsModel;
    DiagnosticsProxyModel *m_diagnosticsProxy;
    WarningsView *m_warningsView;
    QDockWidget *m_warningsDock;
    ScenarioModel *m_scenarioModel;
    HeaderProxyModel *m_scenarioProxy;
    QTreeView *m_scenarioView;
    QDockWidget *m_scenarioDock;
    QLabel *m_provenanceLabel;
    QLabel *m_buildLabel;
    QAction *m_saveAction = nullptr;
};
