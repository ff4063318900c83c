#include "mainwindow.h"

#include "diagnosticsmodel.h"
#include "diagnosticsproxymodel.h"
#include "document.h"
#include "examples.h"
#include "findbar.h"
#include "headerproxymodel.h"
#include "jsonhighlighter.h"
#include "jsonview.h"
#include "provenancelookup.h"
#include "rebuilder.h"
#include "roles.h"
#include "scenariomodel.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace {

QIcon themeIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
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
    setCentralWidget(m_specView);

    m_diagnosticsProxy->setSourceModel(m_diagnosticsModel);
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Error,
                                        themeIcon(this, "dialog-error", QStyle::SP_MessageBoxCritical));
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Warning,
                                        themeIcon(this, "dialog-warning", QStyle::SP_MessageBoxWarning));
    m_diagnosticsProxy->setSeverityIcon(oci::Severity::Note,
                                        themeIcon(this, "dialog-information", QStyle::SP_MessageBoxInformation));
    m_scenarioProxy->setSourceModel(m_scenarioModel);
    m_scenarioProxy->setHeaderLabels({tr("Key"), tr("Value")});

    createDocks();
    createActions();

    m_provenanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenanceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_provenanceLabel, 1);
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

    newFromExample(Examples::defaultId());
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
    m_scenarioDock = new QDockWidget(tr("Scenario"), this);
    m_scenarioDock->setObjectName(QStringLiteral("scenarioDock"));
    m_scenarioDock->setWidget(m_scenarioView);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);
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
    m_saveAction = fileMenu->addAction(themeIcon(this, "document-save", QStyle::SP_DialogSaveButton), tr("&Save"),
                                       this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    toolBar->addAction(m_saveAction);
    QAction *saveAsAction = fileMenu->addAction(themeIcon(this, "document-save-as", QStyle::SP_DialogSaveButton),
                                                tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(themeIcon(this, "application-exit", QStyle::SP_DialogCloseButton),
                                              tr("&Quit"), this, &QWidget::close);
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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_scenarioDock->toggleViewAction());
    viewMenu->addAction(m_warningsDock->toggleViewAction());
    viewMenu->addAction(toolBar->toggleViewAction());

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
        resizeDocks({m_scenarioDock}, {380}, Qt::Horizontal);
        resizeDocks({m_warningsDock}, {160}, Qt::Vertical);
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (m_document->filePath().isEmpty())
        name = tr("%1 (unsaved example)").arg(name);
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
    if (result && !result->hostOrigin.empty())
        m_buildLabel->setToolTip(tr("Host profile: %1").arg(QString::fromStdString(result->hostOrigin)));
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir,
                                                      tr("Scenarios (*.ocispec.json *.json);;All Files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open Scenario"), tr("Cannot open the scenario:\n%1").arg(error));
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("Cannot save the scenario:\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 3000);
    return true;
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
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("Cannot save the scenario:\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
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
    writeSettings();
    event->accept();
}
