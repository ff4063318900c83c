#include "diffpanel.h"

#include "diffview.h"
#include "document.h"
#include "headerproxymodel.h"
#include "patchmodel.h"
#include "rebuilder.h"
#include "settings.h"
#include "speccomparison.h"
#include "specdiff.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr const char *DockerDefaultKey = "docker-default";
constexpr const char *PreviousKey = "previous";

enum BoxItem { DockerDefaultItem, PreviousItem, FileItem, ChooseFileItem };

} // namespace

DiffPanel::DiffPanel(Document *document, Rebuilder *rebuilder, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_rebuilder(rebuilder)
    , m_view(new DiffView)
    , m_patch(new PatchModel(this))
    , m_patchProxy(new HeaderProxyModel(this))
    , m_baselineBox(new QComboBox)
{
    setObjectName(QStringLiteral("diffPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_patchProxy->setSourceModel(m_patch);
    m_patchProxy->setHeaderLabels({tr("Operation"), tr("Path"), tr("Value")});
    m_view->setOperationsModel(m_patchProxy);
    m_baselineBox->setObjectName(QStringLiteral("baselineBox"));
    m_baselineBox->setToolTip(tr("What the built spec is compared with"));
    m_baselineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->addBarWidget(m_baselineBox);
    updateBox();

    connect(m_baselineBox, &QComboBox::activated, this, &DiffPanel::onBoxActivated);
    connect(m_view, &DiffView::pointerActivated, this, &DiffPanel::pointerActivated);
    connect(m_rebuilder, &Rebuilder::snapshotReady, this, &DiffPanel::scheduleRefresh);
    connect(m_document, &Document::changed, this, [this](const QString &pointer) {
        if (pointer.isEmpty() || pointer.startsWith(QLatin1String("/ui"))) {
            updateBox();
            scheduleRefresh();
        }
    });
}

DiffPanel::~DiffPanel() = default;

QString DiffPanel::storedBaseline() const
{
    const oci::json::Value *v = m_document->value(uiPointer());
    if (v && v->isString() && !v->text().empty())
        return QString::fromStdString(v->text());
    const QString preferred = Settings::defaultBaseline();
    return preferred.isEmpty() ? QString::fromLatin1(DockerDefaultKey) : preferred;
}

DiffPanel::Baseline DiffPanel::baseline() const
{
    const QString stored = storedBaseline();
    if (stored == QLatin1String(DockerDefaultKey))
        return Baseline::DockerDefault;
    if (stored == QLatin1String(PreviousKey))
        return Baseline::PreviousBuild;
    return Baseline::File;
}

QString DiffPanel::baselineFile() const
{
    return baseline() == Baseline::File ? storedBaseline() : QString();
}

void DiffPanel::setBaseline(Baseline baseline, const QString &filePath)
{
    QString value;
    switch (baseline) {
    case Baseline::DockerDefault:
        value = QString::fromLatin1(DockerDefaultKey);
        break;
    case Baseline::PreviousBuild:
        value = QString::fromLatin1(PreviousKey);
        break;
    case Baseline::File:
        value = QFileInfo(filePath).absoluteFilePath();
        break;
    }
    const oci::json::Value *current = m_document->value(uiPointer());
    if (!current || !current->isString() || QString::fromStdString(current->text()) != value)
        m_document->setValueCreatingPath(uiPointer(), oci::json::Value::makeString(value.toStdString()));
    updateBox();
    refresh();
}

void DiffPanel::updateBox()
{
    const QSignalBlocker blocker(m_baselineBox);
    m_baselineBox->clear();
    m_baselineBox->addItem(tr("Docker's default spec"), DockerDefaultItem);
    m_baselineBox->addItem(tr("Previous build"), PreviousItem);
    const QString file = baselineFile();
    if (!file.isEmpty()) {
        m_baselineBox->addItem(QFileInfo(file).fileName(), FileItem);
        m_baselineBox->setItemData(m_baselineBox->count() - 1, QDir::toNativeSeparators(file), Qt::ToolTipRole);
    }
    m_baselineBox->addItem(tr("File…"), ChooseFileItem);
    switch (baseline()) {
    case Baseline::DockerDefault:
        m_baselineBox->setCurrentIndex(0);
        break;
    case Baseline::PreviousBuild:
        m_baselineBox->setCurrentIndex(1);
        break;
    case Baseline::File:
        m_baselineBox->setCurrentIndex(2);
        break;
    }
}

void DiffPanel::onBoxActivated(int index)
{
    switch (m_baselineBox->itemData(index).toInt()) {
    case DockerDefaultItem:
        setBaseline(Baseline::DockerDefault);
        return;
    case PreviousItem:
        setBaseline(Baseline::PreviousBuild);
        return;
    case FileItem:
        return;
    case ChooseFileItem:
        break;
    }
    const QString start = baselineFile().isEmpty() ? QFileInfo(m_document->filePath()).path() : baselineFile();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), start,
                                                      tr("OCI runtime specs (*.json);;All Files (*)"));
    if (path.isEmpty()) {
        updateBox();
        return;
    }
    setBaseline(Baseline::File, path);
}

void DiffPanel::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DiffPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

bool DiffPanel::baselineValue(oci::json::Value &out, QString *problem)
{
    const auto snapshot = m_rebuilder->snapshot();
    switch (baseline()) {
    case Baseline::DockerDefault:
        out = oci::dockerDefaultSpec(nullptr);
        return true;
    case Baseline::PreviousBuild:
        if (!snapshot || snapshot->previousText.isEmpty()) {
            *problem = tr("No previous build yet: edit an input and what it changes in the spec shows here.");
            return false;
        }
        if (!SpecComparison::parse(snapshot->previousText.toUtf8(), out, problem))
            return false;
        return true;
    case Baseline::File:
        break;
    }
    const QString path = baselineFile();
    const QFileInfo info(path);
    if (path != m_fileCachePath || info.lastModified() != m_fileCacheTime) {
        m_fileCachePath = path;
        m_fileCacheTime = info.lastModified();
        m_fileCacheError.clear();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_fileCacheError = tr("%1: cannot open: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        } else {
            const QByteArray bytes = file.readAll();
            oci::json::Value root;
            QString error;
            if (!SpecComparison::parse(bytes, root, &error)) {
                m_fileCacheError = QDir::toNativeSeparators(path) + QLatin1Char(':') + error;
            } else if (oci::detectInputKind(root) != oci::InputKind::OciSpec) {
                m_fileCacheError = tr("%1 is not an OCI runtime spec (no ociVersion).").arg(QDir::toNativeSeparators(path));
            } else {
                m_fileCache = std::move(root);
            }
        }
    }
    if (!m_fileCacheError.isEmpty()) {
        *problem = m_fileCacheError;
        return false;
    }
    out = m_fileCache;
    return true;
}

void DiffPanel::refresh()
{
    m_dirty = false;
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec() || !snapshot->result) {
        m_view->setMessage(tr("No spec to compare: the scenario has errors, or Docker refuses it."));
        m_patch->setPatch({});
        return;
    }
    oci::json::Value base;
    QString problem;
    if (!baselineValue(base, &problem)) {
        m_view->setMessage(problem);
        m_patch->setPatch({});
        return;
    }
    const oci::json::Value current = oci::specToJson(snapshot->result->spec);
    SpecComparison::Result result = SpecComparison::compare(base, current);
    m_patch->setPatch(result.diff.patch);
    if (result.diff.unified.empty()) {
        m_view->setMessage(tr("No differences: the spec equals the baseline."));
        return;
    }
    m_view->setDiff(result.diff.unified, result.hunkPointers);
}
