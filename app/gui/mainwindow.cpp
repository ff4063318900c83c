#include "mainwindow.h"

#include "autosaver.h"
#include "diagnosticsmodel.h"
#include "diagnosticsproxymodel.h"
#include "diffpanel.h"
#include "diffview.h"
#include "document.h"
#include "examples.h"
#include "filedropfilter.h"
#include "filewatcher.h"
#include "findbar.h"
#include "headerproxymodel.h"
#include "inputspanel.h"
#include "hostprofileloader.h"
#include "inputimport.h"
#include "jsonhighlighter.h"
#include "jsonview.h"
#include "preferencesdialog.h"
#include "provenancelookup.h"
#include "rebuilder.h"
#include "recentfiles.h"
#include "recoverybar.h"
#include "roles.h"
#include "scenariomodel.h"
#include "settings.h"
#include "specencoder.h"
#include "syntaxrepository.h"
#include "warningsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QIcon themeIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback)
{
    // The desktop's icon theme first; then the app's own SVG (resources/icons),
    // which looks the same everywhere; then the style's pixmap.
    const QString bundled = QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QFile::exists(bundled) ? QIcon(bundled) : widget->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(SyntaxRepository *syntax, QWidget *parent)
    : QMainWindow(parent)
    , m_ownSyntax(syntax ? nullptr : std::make_unique<SyntaxRepository>())
    , m_syntax(syntax ? syntax : m_ownSyntax.get())
    , m_document(new Document(this))
    , m_rebuilder(new Rebuilder(m_document, this))
    , m_specView(new JsonView(this))
    , m_specHighlighter(nullptr)
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_diagnosticsProxy(new DiagnosticsProxyModel(this))
    , m_warningsView(nullptr)
    , m_warningsDock(nullptr)
    , m_scenarioModel(new ScenarioModel(m_document, this))
    , m_scenarioProxy(new HeaderProxyModel(this))
    , m_scenarioView(nullptr)
    , m_scenarioDock(nullptr)
    , m_provenanceLabel(new QLabel(this))
    , m_buildLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    m_specView->setObjectName(QStringLiteral("specView"));
    m_specView->setPlaceholderText(tr("Building…"));
    m_specHighlighter = new JsonHighlighter(m_specView->document(), m_specView, m_syntax);
    // Work recovered from a crash is offered in a bar above the spec, in
    // the window: the question never blocks the start.
    m_recoveryBar = new RecoveryBar(this);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralPanel"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_recoveryBar);
    centralLayout->addWidget(m_specView, 1);
    setCentralWidget(central);

    m_diagnosticsProxy->setSourceModel(m_diagnosticsModel);
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Error,
                                        themeIcon(this, "dialog-error", QStyle::SP_MessageBoxCritical));
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Warning,
                                        themeIcon(this, "dialog-warning", QStyle::SP_MessageBoxWarning));
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Note,
                                        themeIcon(this, "dialog-information", QStyle::SP_MessageBoxInformation));
    m_scenarioProxy->setSourceModel(m_scenarioModel);
    m_scenarioProxy->setHeaderLabels({tr("Key"), tr("Value")});

    m_recentFiles = new RecentFiles(this);
    m_fileWatcher = new FileWatcher(this);
    // Unsaved work is written aside every few seconds, so a crash or a kill
    // loses at most those seconds; offerRecovery() brings it back.
    m_autosaver = new Autosaver(m_document, this);
    m_autosaver->setDirectory(Settings::recoveryDir());
    m_autosaver->setInterval(Settings::autosaveSeconds() * 1000);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    connect(m_recoveryBar, &RecoveryBar::recoverRequested, this, [this](const QString &path) {
        if (!maybeSave())
            return;
        QString error;
        if (!recover(path, &error))
            reportError(tr("Recover Unsaved Work"), tr("Cannot recover the work:\n%1").arg(error));
    });
    connect(m_recoveryBar, &RecoveryBar::discardRequested, this, &MainWindow::discardRecovery);
    createDocks();
    createActions();
    createNavigationActions();

    m_provenanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenanceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_provenanceLabel, 1);
    m_buildLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_buildLabel);

    connect(m_rebuilder, &Rebuilder::snapshotReady, this, &MainWindow::onSnapshotReady);
    connect(m_specView, &JsonView::currentLineChanged, this, &MainWindow::updateProvenance);
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, [this](const QString &pointer) {
        if (pointer.isEmpty()) {
            // A new document: show its first levels, as a file manager would.
            m_scenarioView->expandToDepth(0);
            updateTitle();
        }
    });
    connect(m_warningsView, &WarningsView::pointerActivated, this, &MainWindow::showPointer);
    connect(m_inputsPanel, &InputsPanel::showInSpecRequested, this, &MainWindow::showInputInSpec);
    connect(m_diffPanel, &DiffPanel::pointerActivated, this, &MainWindow::showSpecPointer);
    connect(m_specView, &JsonView::lineCtrlClicked, this, &MainWindow::goToInput);
    connect(this, &MainWindow::baselineRequested, this, [this](const QString &path) {
        m_diffPanel->setBaseline(DiffPanel::Baseline::File, path);
        m_diffDock->show();
        m_diffDock->raise();
    });

    // Desktop conventions: files dropped on the window, files changed by
    // other programs, names for screen readers, Tab through the panels.
    auto *drops = new FileDropFilter(this);
    connect(drops, &FileDropFilter::filesDropped, this, &MainWindow::openDroppedFiles);
    connect(m_recentFiles, &RecentFiles::fileTriggered, this, [this](const QString &path) {
        if (!maybeSave())
            return;
        QString error;
        if (!openInput(path, &error)) {
            if (!QFileInfo::exists(path))
                m_recentFiles->remove(path);
            QMessageBox::warning(this, tr("Open Recent"), tr("Cannot open the file:\n%1").arg(error));
        }
    });
    connect(m_fileWatcher, &FileWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(m_fileWatcher, &FileWatcher::removedFromDisk, this, &MainWindow::onRemovedFromDisk);
    connect(m_document, &Document::filePathChanged, m_fileWatcher, &FileWatcher::watch);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateFileActions);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateFileActions);
    m_specView->setTabChangesFocus(true);
    m_specView->setAccessibleName(tr("Spec"));
    m_specView->setAccessibleDescription(tr("The OCI runtime spec Docker builds from the scenario"));
    m_scenarioView->setAccessibleName(tr("Scenario"));
    m_scenarioView->setAccessibleDescription(tr("The scenario's inputs; F2 edits the current value"));
    m_warningsView->setAccessibleName(tr("Warnings"));
    m_warningsView->setAccessibleDescription(tr("Findings about the inputs and the spec; Enter shows where"));
    m_provenanceLabel->setAccessibleName(tr("Provenance of the current spec line"));
    m_buildLabel->setAccessibleName(tr("Build status"));
    applyPreferences();

    newFromExample(Examples::defaultId());
    updateFileActions();
    readSettings();
    m_specView->setFocus();
}

MainWindow::~MainWindow()
{
    // The highlighter's theme and definition come from the repository, so
    // the view goes before a repository this window owns.
    delete m_specView;
}

bool MainWindow::openFile(const QString &path, QString *errorMessage)
{
    if (!m_document->load(path, errorMessage))
        return false;
    m_fileWatcher->watch(m_document->filePath());
    m_recentFiles->add(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::newFromExample(const QString &id)
{
    for (const Examples::Example &example : Examples::all()) {
        if (example.id != id)
            continue;
        QFile file(Examples::resourcePath(id));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        return m_document->loadData(file.readAll(), example.fileName);
    }
    return false;
}

QString MainWindow::provenanceText() const
{
    return m_provenanceLabel->text();
}

void MainWindow::createDocks()
{
    m_warningsView = new WarningsView(this);
    m_warningsView->setObjectName(QStringLiteral("warningsView"));
    m_warningsView->setModel(m_diagnosticsProxy);
    m_warningsDock = new QDockWidget(tr("Warnings"), this);
    m_warningsDock->setObjectName(QStringLiteral("warningsDock"));
    m_warningsDock->setWidget(m_warningsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_warningsDock);

    m_scenarioView = new QTreeView(this);
    m_scenarioView->setObjectName(QStringLiteral("scenarioView"));
    m_scenarioView->setModel(m_scenarioProxy);
    m_scenarioView->setUniformRowHeights(true);
    m_scenarioView->setAlternatingRowColors(true);
    m_scenarioView->setAllColumnsShowFocus(true);
    m_scenarioView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    m_scenarioView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_scenarioView->header()->resizeSection(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    m_scenarioView->header()->setStretchLastSection(true);
    // The forms, with the scenario tree as their last ("Raw") tab.
    m_inputsPanel = new InputsPanel(m_document, m_rebuilder, m_scenarioView, this);
    m_scenarioDock = new QDockWidget(tr("Inputs"), this);
    m_scenarioDock->setObjectName(QStringLiteral("inputsDock"));
    m_scenarioDock->setWidget(m_inputsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);

    m_diffPanel = new DiffPanel(m_document, m_rebuilder, this);
    m_diffDock = new QDockWidget(tr("Diff"), this);
    m_diffDock->setObjectName(QStringLiteral("diffDock"));
    m_diffDock->setWidget(m_diffPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_diffDock);
    tabifyDockWidget(m_warningsDock, m_diffDock);
    m_warningsDock->raise();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);

    bool first = true;
    for (const Examples::Example &example : Examples::all()) {
        QAction *action = fileMenu->addAction(example.title);
        if (first) {
            action->setShortcut(QKeySequence::New);
            action->setIcon(themeIcon(this, "document-new", QStyle::SP_FileIcon));
            toolBar->addAction(action);
            first = false;
        }
        connect(action, &QAction::triggered, this, [this, id = example.id] {
            if (maybeSave())
                newFromExample(id);
        });
    }
    QAction *openAction = fileMenu->addAction(themeIcon(this, "document-open", QStyle::SP_DialogOpenButton),
                                              tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    toolBar->addAction(openAction);
    fileMenu->addMenu(m_recentFiles->menu());
    m_saveAction = fileMenu->addAction(themeIcon(this, "document-save", QStyle::SP_DialogSaveButton), tr("&Save"),
                                       this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    toolBar->addAction(m_saveAction);
    QAction *saveAsAction = fileMenu->addAction(themeIcon(this, "document-save-as", QStyle::SP_DialogSaveButton),
                                                tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_revertAction = fileMenu->addAction(themeIcon(this, "document-revert", QStyle::SP_BrowserReload),
                                         tr("Re&vert"), this, &MainWindow::revert);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setStatusTip(tr("Discard the changes and read the file again"));
    fileMenu->addSeparator();
    m_exportAction = fileMenu->addAction(themeIcon(this, "document-export", QStyle::SP_DialogSaveButton),
                                         tr("&Export Spec…"), this, &MainWindow::exportSpec);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setStatusTip(tr("Write the built spec to a file (the format is set in the preferences)"));
    fileMenu->addSeparator();
    QAction *closeAction = fileMenu->addAction(themeIcon(this, "document-close", QStyle::SP_DialogCloseButton),
                                               tr("C&lose"), this, &QWidget::close);
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setShortcut(QKeySequence::Close);
    // Quit closes every window, each asking about its unsaved changes.
    QAction *quitAction = fileMenu->addAction(themeIcon(this, "application-exit", QStyle::SP_DialogCloseButton),
                                              tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(themeIcon(this, "edit-undo", QStyle::SP_ArrowBack));
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(themeIcon(this, "edit-redo", QStyle::SP_ArrowForward));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(themeIcon(this, "edit-find", QStyle::SP_FileDialogContentsView),
                                              tr("&Find…"), m_specView, &JsonView::find);
    findAction->setShortcut(QKeySequence::Find);
    QAction *findNextAction = editMenu->addAction(tr("Find &Next"), m_specView, &JsonView::findNext);
    findNextAction->setShortcut(QKeySequence::FindNext);
    QAction *findPreviousAction = editMenu->addAction(tr("Find Pre&vious"), m_specView, &JsonView::findPrevious);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(themeIcon(this, "preferences-system", QStyle::SP_ComputerIcon),
                                                     tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Not every platform defines the key (X11 desktops do not): Ctrl+, as
    // most applications use.
    preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                        ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                        : QKeySequence::keyBindings(QKeySequence::Preferences));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_scenarioDock->toggleViewAction());
    viewMenu->addAction(m_warningsDock->toggleViewAction());
    viewMenu->addAction(m_diffDock->toggleViewAction());
    viewMenu->addAction(toolBar->toggleViewAction());
    viewMenu->addSeparator();
    // F6 moves between panels, as in most desktop applications, so every
    // panel is reachable without a mouse.
    QAction *nextPanelAction = viewMenu->addAction(tr("Ne&xt Panel"), this, [this] { focusNextPanel(false); });
    nextPanelAction->setShortcut(Qt::Key_F6);
    QAction *previousPanelAction
        = viewMenu->addAction(tr("&Previous Panel"), this, [this] { focusNextPanel(true); });
    previousPanelAction->setShortcut(Qt::SHIFT | Qt::Key_F6);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About %1").arg(QApplication::applicationDisplayName()), this,
                                               &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("MainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 800);
    const QByteArray state = settings.value(QStringLiteral("MainWindow/state")).toByteArray();
    if (state.isEmpty() || !restoreState(state)) {
        resizeDocks({m_scenarioDock}, {460}, Qt::Horizontal);
        resizeDocks({m_warningsDock}, {160}, Qt::Vertical);
    }
    const QByteArray header = settings.value(QStringLiteral("MainWindow/scenarioHeader")).toByteArray();
    if (!header.isEmpty())
        m_scenarioView->header()->restoreState(header);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/scenarioHeader"), m_scenarioView->header()->saveState());
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (m_document->filePath().isEmpty())
        name = tr("%1 (not saved)").arg(name);
    // [*] is where Qt shows the modified mark; the application name is
    // appended by the platform.
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::onSnapshotReady()
{
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot)
        return;
    m_diagnosticsModel->setSnapshot(snapshot);
    m_inputsPanel->setDiagnostics(m_diagnosticsModel->diagnostics());
    const oci::BuildResult *result = snapshot->result.get();
    m_specView->setPlaceholderText(QString());
    if (result && result->refused)
        m_specView->setBanner(tr("Docker refuses these inputs: %1").arg(QString::fromStdString(result->refusal)));
    else if (!result || !result->decoded)
        m_specView->setBanner(tr("The scenario has errors; see the Warnings panel."));
    else
        m_specView->setBanner(QString());
    m_specView->setText(snapshot->text);

    int errors = 0;
    int warnings = 0;
    for (const oci::Diagnostic &d : m_diagnosticsModel->diagnostics()) {
        if (d.severity == oci::Severity::Error)
            ++errors;
        else if (d.severity == oci::Severity::Warning)
            ++warnings;
    }
    const int count = static_cast<int>(m_diagnosticsModel->diagnostics().size());
    m_warningsDock->setWindowTitle(count ? tr("Warnings (%1)").arg(count) : tr("Warnings"));

    QString status;
    if (result && result->refused)
        status = tr("Refused by Docker");
    else if (!result || !result->decoded)
        status = tr("Errors in the scenario: %1").arg(errors);
    else
        status = tr("Built in %1 µs").arg(static_cast<double>(snapshot->buildNanoseconds) / 1000.0, 0, 'f', 0);
    if (warnings > 0 && result && result->decoded && !result->refused)
        status += QStringLiteral(" · ") + tr("Warnings: %1").arg(warnings);
    m_buildLabel->setText(status);
    // The label only grows: a build time one digit shorter would otherwise
    // shift the provenance text and lay the status bar out again each edit.
    m_buildLabel->setMinimumWidth(std::max(m_buildLabel->minimumWidth(), m_buildLabel->sizeHint().width()));
    QStringList tip;
    if (result && !result->hostOrigin.empty())
        tip << tr("Host profile: %1").arg(QString::fromStdString(result->hostOrigin));
    if (!snapshot->schemaSummary.isEmpty())
        tip << tr("Schema: %1").arg(snapshot->schemaSummary);
    m_buildLabel->setToolTip(tip.join(QLatin1Char('\n')));
    updateProvenance();
}

void MainWindow::updateProvenance()
{
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec()) {
        m_provenanceLabel->clear();
        return;
    }
    const SpecLineOrigin origin = ProvenanceLookup::atLine(*snapshot, m_specView->currentLine());
    if (!origin.valid) {
        m_provenanceLabel->clear();
        return;
    }
    const QString pointer = origin.specPointer.isEmpty() ? QStringLiteral("/") : origin.specPointer;
    m_provenanceLabel->setText(pointer + QStringLiteral("  ") + ProvenanceLookup::describe(origin));
    if (!origin.inputs.isEmpty())
        selectInput(origin.inputs.constFirst(), false);
}

void MainWindow::showPointer(const QString &specPointer, const QString &inputPointer)
{
    const auto snapshot = m_rebuilder->snapshot();
    int first = 0;
    int last = 0;
    if (!specPointer.isEmpty() && snapshot && snapshot->linesOf(specPointer, &first, &last))
        m_specView->revealLine(first, last);
    if (!inputPointer.isEmpty()) {
        m_scenarioDock->show();
        m_scenarioDock->raise();
        selectInput(inputPointer, false);
        // The form field when there is one; else the raw tree has it.
        if (!m_inputsPanel->reveal(inputPointer))
            m_inputsPanel->showRaw();
    }
}

void MainWindow::selectInput(const QString &inputPointer, bool focus)
{
    // A pointer may name a value the scenario leaves out (Docker then uses
    // a default); its nearest present ancestor is the place to edit it.
    QString pointer = inputPointer;
    QModelIndex index = m_scenarioModel->indexForPointer(pointer);
    while (!index.isValid() && !pointer.isEmpty()) {
        pointer.truncate(std::max<qsizetype>(0, pointer.lastIndexOf(QLatin1Char('/'))));
        index = m_scenarioModel->indexForPointer(pointer);
    }
    if (!index.isValid())
        return;
    const QModelIndex proxyIndex = m_scenarioProxy->mapFromSource(index);
    for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
        m_scenarioView->expand(p);
    m_scenarioView->setCurrentIndex(proxyIndex);
    m_scenarioView->scrollTo(proxyIndex);
    if (focus)
        m_scenarioView->setFocus();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), dir,
        tr("Scenarios and Docker inputs (*.json);;Scenarios (*.ocispec.json);;All Files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openInput(path, &error))
        QMessageBox::warning(this, tr("Open Scenario"), tr("Cannot open the file:\n%1").arg(error));
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile();
}

bool MainWindow::saveFile(const QString &path, QString *errorMessage)
{
    QString error;
    const bool saved = path.isEmpty() ? m_document->save(&error) : m_document->saveAs(path, &error);
    if (!saved) {
        if (errorMessage)
            *errorMessage = error;
        reportError(tr("Save Scenario"),
                    tr("Cannot save the scenario:\n%1\n\nThe document stays open with all its changes, and the "
                       "file on disk was left as it was. Save As can write it somewhere else.")
                        .arg(error));
        return false;
    }
    // The save replaced the file: what is on disk now is ours.
    m_fileWatcher->watch(m_document->filePath());
    if (!path.isEmpty())
        m_recentFiles->add(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 3000);
    return true;
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    Q_EMIT errorReported(title, message);
    // Window-modal but not blocking: the caller goes on (a failed save
    // returns false to the close that asked for it) and tests can look.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int MainWindow::offerRecovery()
{
    const QList<RecoveryFile::Info> pending = Autosaver::pending(m_autosaver->directory());
    m_recoveryBar->setEntries(pending);
    return static_cast<int>(pending.size());
}

bool MainWindow::recover(const QString &recoveryPath, QString *errorMessage)
{
    oci::json::Value root;
    RecoveryFile::Info info;
    if (!RecoveryFile::read(recoveryPath, &root, &info, errorMessage))
        return false;
    m_document->restore(std::move(root), info.originalPath, info.name);
    if (!m_document->filePath().isEmpty())
        m_fileWatcher->watch(m_document->filePath());
    // This window's own autosave first, then the old file goes: the work
    // is on disk at every moment. (A failed autosave reports itself and
    // keeps the old file.)
    if (m_autosaver->saveNow())
        Autosaver::remove(recoveryPath);
    m_recoveryBar->removeEntry(recoveryPath);
    statusBar()->showMessage(tr("Recovered %1 as it was autosaved %2; save it to keep it.")
                                 .arg(info.displayName(),
                                      QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat)),
                             8000);
    return true;
}

bool MainWindow::discardRecovery(const QString &recoveryPath)
{
    const bool removed = Autosaver::remove(recoveryPath);
    m_recoveryBar->removeEntry(recoveryPath);
    return removed;
}

bool MainWindow::saveAs()
{
    const QString suggestion = m_document->filePath().isEmpty() ? m_document->displayName() : m_document->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion,
                                                tr("Scenarios (*.ocispec.json);;All Files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".ocispec.json");
    return saveFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("“%1” has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About %1").arg(QApplication::applicationDisplayName()),
                       tr("<h3>%1 %2</h3><p>Edit Docker plugin manifests and container configurations and see the "
                          "OCI runtime spec Docker Engine 29.7.2 builds from them, with where every value comes "
                          "from.</p><p>Syntax highlighting: %3</p>")
                           .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion(),
                                JsonHighlighter::backendName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved, or the user chose to discard the changes: nothing to recover.
    m_autosaver->discard();
    writeSettings();
    event->accept();
}

bool MainWindow::openInput(const QString &path, QString *errorMessage)
{
    const InputImport::Result input = InputImport::fromFile(path);
    const QString name = QFileInfo(path).fileName();
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    switch (input.kind) {
    case oci::InputKind::Scenario:
        return openFile(path, errorMessage);
    case oci::InputKind::PluginManifest:
    case oci::InputKind::CreateBody:
    case oci::InputKind::DockerInspect: {
        QString error;
        if (!m_document->loadData(input.scenario, input.untitledName, &error))
            return fail(error);
        // Opening the source again wraps it again: it belongs in the list.
        m_recentFiles->add(path);
        statusBar()->showMessage(tr("Opened %1 (%2) as a new scenario. %3")
                                     .arg(name, InputImport::kindName(input.kind), input.notes.join(QLatin1Char(' '))),
                                 8000);
        return true;
    }
    case oci::InputKind::OciSpec:
        return fail(tr("%1 is an OCI runtime spec: there is nothing to build from it, but it can be the diff "
                       "baseline (drop it on the window, or pick it in the preferences).")
                        .arg(name));
    case oci::InputKind::Invalid:
        break;
    }
    return fail(input.error);
}

void MainWindow::openDroppedFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString path = paths.constFirst();
    const QString name = QFileInfo(path).fileName();
    if (paths.size() > 1)
        statusBar()->showMessage(tr("%n files were dropped; only the first one is opened.", nullptr,
                                    static_cast<int>(paths.size())),
                                 5000);

    // Messages are window-modal but do not block: the drop has returned.
    auto message = [this](QMessageBox::Icon icon, const QString &title, const QString &text) {
        auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("dropMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        return box;
    };

    const InputImport::Result input = InputImport::fromFile(path);
    if (input.kind == oci::InputKind::OciSpec) {
        QMessageBox *box = message(QMessageBox::Question, tr("OCI Runtime Spec Dropped"),
                                   tr("%1 is an OCI runtime spec (a config.json): there is nothing to build from "
                                      "it. Use it as the baseline the built spec is compared with?")
                                       .arg(name));
        QPushButton *use = box->addButton(tr("&Use as Diff Baseline"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(use);
        connect(box, &QMessageBox::finished, this, [this, box, use, path] {
            if (box->clickedButton() != use)
                return;
            statusBar()->showMessage(tr("Diff baseline: %1").arg(QDir::toNativeSeparators(path)), 5000);
            Q_EMIT baselineRequested(QFileInfo(path).absoluteFilePath());
        });
        box->open();
        return;
    }
    if (input.kind == oci::InputKind::Invalid) {
        QMessageBox *box = message(QMessageBox::Warning, tr("Cannot Open the Dropped File"),
                                   input.error + QStringLiteral("\n\n")
                                       + tr("The window takes scenarios (.ocispec.json), plugin manifests, Engine "
                                            "API create bodies, docker inspect output and OCI config.json files."));
        box->addButton(QMessageBox::Ok);
        box->open();
        return;
    }
    if (!maybeSave())
        return;
    QString error;
    if (!openInput(path, &error)) {
        QMessageBox *box = message(QMessageBox::Warning, tr("Cannot Open the Dropped File"), error);
        box->addButton(QMessageBox::Ok);
        box->open();
    }
}

bool MainWindow::exportSpecTo(const QString &path, QString *errorMessage) const
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec() || !snapshot->result)
        return fail(tr("There is no spec to export: the scenario has errors, or Docker refuses it."));
    // Compact is the bytes Docker hands to containerd (no newline), pretty
    // what `ocispec build` prints.
    const QByteArray bytes = Settings::exportFormat() == Settings::ExportFormat::Compact
        ? QByteArray::fromStdString(oci::encodeCompact(snapshot->result->spec))
        : snapshot->text.toUtf8();
    QSaveFile file(path);
    // flush() before commit(), as in Document::save(): commit() does not
    // check its own flush, so a full disk would truncate the old file.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

void MainWindow::exportSpec()
{
    const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Spec"),
                                                      QDir(dir).filePath(QStringLiteral("config.json")),
                                                      tr("OCI runtime specs (*.json);;All Files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSpecTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Spec"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported the spec to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    if (m_document->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Revert"),
            tr("Discard the changes to “%1” and read it again from disk?").arg(m_document->displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Revert"), tr("Cannot read the scenario again:\n%1").arg(error));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences();
    if (dialog.languageChanged()) {
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies when %1 starts again.")
                                     .arg(QApplication::applicationDisplayName()));
    }
}

void MainWindow::applyPreferences()
{
    m_rebuilder->setSchemaDir(Settings::schemaDir());
    // The default host profile stands in for the probe of this machine;
    // a profile embedded in the scenario still wins, as with `ocispec`.
    const QString hostFile = Settings::hostProfileFile();
    if (!hostFile.isEmpty()) {
        oci::HostProfile profile;
        QString error;
        if (HostProfileLoader::load(hostFile, &profile, &error)) {
            m_rebuilder->setFallbackHost(std::move(profile));
            m_hostFromPreferences = true;
            return;
        }
        statusBar()->showMessage(tr("The default host profile is not usable: %1").arg(error), 8000);
    }
    if (m_hostFromPreferences) {
        oci::HostProfile probe = oci::probeLocalHost();
        if (probe.origin.empty())
            probe.origin = "probe";
        m_rebuilder->setFallbackHost(std::move(probe));
        m_hostFromPreferences = false;
    }
}

void MainWindow::onChangedOnDisk(const QString &path)
{
    if (path != m_document->filePath() || m_reloadPromptOpen)
        return;
    m_reloadPromptOpen = true;
    const QString name = m_document->displayName();
    const bool modified = m_document->isModified();
    auto *box = new QMessageBox(QMessageBox::Question, tr("File Changed on Disk"),
                                modified ? tr("“%1” was changed by another program. Reload it and lose your "
                                              "unsaved changes?")
                                               .arg(name)
                                         : tr("“%1” was changed by another program. Reload it?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("reloadPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *reload = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("&Keep Current"), QMessageBox::RejectRole);
    // Unsaved work is never one Enter away from being lost.
    box->setDefaultButton(modified ? keep : reload);
    connect(box, &QMessageBox::finished, this, [this, box, reload, path] {
        m_reloadPromptOpen = false;
        if (path != m_document->filePath())
            return;
        if (box->clickedButton() == reload) {
            QString error;
            if (!openFile(path, &error))
                QMessageBox::warning(this, tr("Reload"), tr("Cannot read the scenario again:\n%1").arg(error));
            return;
        }
        // Kept: the document no longer matches the file, so closing asks
        // to save it.
        m_document->undoStack()->resetClean();
    });
    box->open();
}

void MainWindow::onRemovedFromDisk(const QString &path)
{
    if (path != m_document->filePath())
        return;
    m_document->undoStack()->resetClean();
    statusBar()->showMessage(
        tr("“%1” was removed from disk; saving writes it again.").arg(m_document->displayName()), 8000);
}

void MainWindow::focusNextPanel(bool backward)
{
    // The panels in reading order: left docks, the spec, right and bottom docks.
    QList<QWidget *> panels;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    auto addDocks = [&](std::initializer_list<Qt::DockWidgetArea> areas) {
        for (Qt::DockWidgetArea area : areas) {
            for (QDockWidget *dock : docks) {
                // A dock tabbed behind another one has no visible region.
                if (dockWidgetArea(dock) == area && dock->isVisible() && dock->widget()
                    && !dock->visibleRegion().isEmpty())
                    panels << dock->widget();
            }
        }
    };
    addDocks({Qt::LeftDockWidgetArea, Qt::TopDockWidgetArea});
    panels << centralWidget();
    addDocks({Qt::RightDockWidgetArea, Qt::BottomDockWidgetArea});
    qsizetype current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (focus && (panels[i] == focus || panels[i]->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = panels.size();
    const qsizetype next = current < 0 ? 0 : (current + (backward ? count - 1 : 1)) % count;
    QWidget *panel = panels[next];
    // A container (a form) passes focus to its first focusable child.
    QWidget *target = panel;
    if (!(panel->focusPolicy() & Qt::TabFocus)) {
        for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
            if (panel->isAncestorOf(w) && w->isVisibleTo(panel) && w->isEnabled()
                && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateFileActions()
{
    if (m_revertAction)
        m_revertAction->setEnabled(!m_document->filePath().isEmpty());
}

void MainWindow::createNavigationActions()
{
    // Between the spec and the inputs, both ways; before the Help menu.
    auto *goMenu = new QMenu(tr("&Go"), this);
    const QList<QAction *> menus = menuBar()->actions();
    if (menus.isEmpty())
        menuBar()->addMenu(goMenu);
    else
        menuBar()->insertMenu(menus.constLast(), goMenu);

    QAction *goToInputAction = goMenu->addAction(tr("Go to &Input"), this, [this] { goToInput(); });
    goToInputAction->setObjectName(QStringLiteral("goToInputAction"));
    goToInputAction->setShortcut(Qt::Key_F12);
    goToInputAction->setStatusTip(tr("Show the input that made the spec line under the cursor (or Ctrl+Click it)"));
    // Also in the spec view's context menu.
    m_specView->addAction(goToInputAction);

    QAction *showInSpecAction = goMenu->addAction(tr("Show in &Spec"), this, [this] {
        const QString pointer = m_inputsPanel->currentPointer();
        if (pointer.isEmpty())
            statusBar()->showMessage(tr("Put the cursor in a field of the Inputs panel first."), 4000);
        else
            showInputInSpec(pointer);
    });
    showInSpecAction->setObjectName(QStringLiteral("showInSpecAction"));
    showInSpecAction->setShortcut(Qt::SHIFT | Qt::Key_F12);
    showInSpecAction->setStatusTip(tr("Mark the spec lines the focused field makes"));

    goMenu->addSeparator();
    QAction *nextChange = goMenu->addAction(tr("&Next Change"), this, [this] {
        m_diffDock->show();
        m_diffDock->raise();
        m_diffPanel->view()->nextHunk();
    });
    // Not Alt+Down: combo boxes in the forms open their list with it.
    nextChange->setShortcut(Qt::Key_F7);
    QAction *previousChange = goMenu->addAction(tr("&Previous Change"), this, [this] {
        m_diffDock->show();
        m_diffDock->raise();
        m_diffPanel->view()->previousHunk();
    });
    previousChange->setShortcut(Qt::SHIFT | Qt::Key_F7);
}

void MainWindow::goToInput(int line)
{
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec())
        return;
    if (line <= 0)
        line = m_specView->currentLine();
    const SpecLineOrigin origin = ProvenanceLookup::atLine(*snapshot, line);
    if (!origin.valid || origin.inputs.isEmpty()) {
        statusBar()->showMessage(tr("%1 is Docker's default: no input sets it.")
                                     .arg(origin.specPointer.isEmpty() ? QStringLiteral("/") : origin.specPointer),
                                 5000);
        return;
    }
    // Of several inputs, the first one a form shows.
    QString input = origin.inputs.constFirst();
    for (const QString &in : origin.inputs) {
        if (in.startsWith(QLatin1Char('/')) && m_inputsPanel->fieldFor(in)) {
            input = in;
            break;
        }
    }
    showPointer(QString(), input);
}

void MainWindow::showInputInSpec(const QString &inputPointer)
{
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec())
        return;
    QList<QPair<int, int>> ranges = ProvenanceLookup::specLinesForInput(*snapshot, inputPointer);
    // A field of a list entry (a mount's source) may be recorded as the
    // entry: look one or two levels up, never as far as a whole section.
    QString pointer = inputPointer;
    while (ranges.isEmpty() && pointer.count(QLatin1Char('/')) > 2) {
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
        ranges = ProvenanceLookup::specLinesForInput(*snapshot, pointer);
    }
    if (ranges.isEmpty()) {
        statusBar()->showMessage(tr("Nothing in the spec comes from %1.").arg(inputPointer), 5000);
        return;
    }
    m_specView->revealRanges(ranges);
    statusBar()->showMessage(tr("%1 makes %n part(s) of the spec.", nullptr, static_cast<int>(ranges.size()))
                                 .arg(inputPointer),
                             5000);
}

void MainWindow::showSpecPointer(const QString &specPointer)
{
    const auto snapshot = m_rebuilder->snapshot();
    QString input;
    if (snapshot) {
        const SpecLineOrigin origin = ProvenanceLookup::atPointer(*snapshot, specPointer);
        for (const QString &in : origin.inputs) {
            if (in.startsWith(QLatin1Char('/'))) {
                input = in;
                if (m_inputsPanel->fieldFor(in))
                    break;
            }
        }
    }
    showPointer(specPointer, input);
}
