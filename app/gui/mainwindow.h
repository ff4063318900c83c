#pragma once

// The application window: the built spec in the middle, the scenario and
// the findings in docks, the provenance of the spec line under the cursor
// in the status bar.

#include <QMainWindow>

#include <memory>

class Autosaver;
class Document;
class DiagnosticsModel;
class DiagnosticsProxyModel;
class DiffPanel;
class FileWatcher;
class HeaderProxyModel;
class InputsPanel;
class JsonHighlighter;
class JsonView;
class QAction;
class QDockWidget;
class QLabel;
class QTreeView;
class Rebuilder;
class RecentFiles;
class RecoveryBar;
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
    // Opens any input recognised by content: a scenario as openFile(); a
    // plugin manifest, create body or `docker inspect` output as a new
    // untitled scenario wrapping it. False (document unchanged) for an OCI
    // spec or anything else, with `errorMessage` saying what the file is.
    bool openInput(const QString &path, QString *errorMessage = nullptr);
    // What a drop of files on the window does: opens the first, after
    // asking to save changes; an OCI config.json is offered as the diff
    // baseline; anything else gets a message.
    void openDroppedFiles(const QStringList &paths);
    // Saves the document to `path` (empty: its own file). On failure the
    // document stays open and modified, the file on disk is left as it was,
    // errorReported() is emitted and a message shown that does not block,
    // and `errorMessage` says which file and why.
    bool saveFile(const QString &path = QString(), QString *errorMessage = nullptr);
    // Offers the unsaved work of windows that did not close normally (found
    // in the autosaver's folder) in a bar above the spec; the number offered.
    int offerRecovery();
    // Replaces the document with the work in a recovery file: modified,
    // with its original file name, so Save writes the original file. The
    // recovery file is then removed (this window autosaves its own).
    bool recover(const QString &recoveryPath, QString *errorMessage = nullptr);
    // Deletes a recovery file the bar offers.
    bool discardRecovery(const QString &recoveryPath);
    // Writes the built spec in the preferred export format (Settings).
    bool exportSpecTo(const QString &path, QString *errorMessage = nullptr) const;
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
    // The forms (and the raw tree) of the Inputs dock; the Diff dock.
    InputsPanel *inputsPanel() const { return m_inputsPanel; }
    DiffPanel *diffPanel() const { return m_diffPanel; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    FileWatcher *fileWatcher() const { return m_fileWatcher; }
    // Writes unsaved work for recovery; its folder and interval come from
    // Settings and can be changed (tests use a temporary folder).
    Autosaver *autosaver() const { return m_autosaver; }
    RecoveryBar *recoveryBar() const { return m_recoveryBar; }
    // What the status bar says about the spec line under the cursor.
    QString provenanceText() const;

Q_SIGNALS:
    // The user picked `path` (an OCI config.json) as the diff baseline.
    void baselineRequested(const QString &path);
    // A failure the user is told about (with a message box that does not
    // block); `message` names the file and the reason.
    void errorReported(const QString &title, const QString &message);

public Q_SLOTS:
    // Shows a spec location in the spec view and an input location in the
    // scenario tree (either may be empty).
    void showPointer(const QString &specPointer, const QString &inputPointer);
    // The input that made the spec value on `line` (0: the cursor's line),
    // shown in its form field.
    void goToInput(int line = 0);
    // The spec lines made from an input, marked in the spec view.
    void showInputInSpec(const QString &inputPointer);
    // A spec value and the input it came from (diff hunks and operations).
    void showSpecPointer(const QString &specPointer);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createNavigationActions();
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
    // Desktop conventions (recent files, revert, export, preferences,
    // files changed on disk, panel focus).
    void revert();
    void exportSpec();
    void showPreferences();
    void applyPreferences();
    void onChangedOnDisk(const QString &path);
    void onRemovedFromDisk(const QString &path);
    void focusNextPanel(bool backward);
    void updateFileActions();
    void reportError(const QString &title, const QString &message);

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
    QAction *m_revertAction = nullptr;
    QAction *m_exportAction = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    FileWatcher *m_fileWatcher = nullptr;
    bool m_reloadPromptOpen = false;
    bool m_hostFromPreferences = false;
    InputsPanel *m_inputsPanel = nullptr;
    DiffPanel *m_diffPanel = nullptr;
    QDockWidget *m_diffDock = nullptr;
    Autosaver *m_autosaver = nullptr;
    RecoveryBar *m_recoveryBar = nullptr;
};
