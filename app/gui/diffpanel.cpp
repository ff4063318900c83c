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
    // Builds lay out only the rows of the current mode.
    connect(m_view, &DiffView::modeChanged, this, [this] {
        updateRequest();
        scheduleRefresh();
    });
    connect(m_rebuilder, &Rebuilder::snapshotReady, this, &DiffPanel::scheduleRefresh);
    connect(m_document, &Document::changed, this, [this](const QString &pointer) {
        if (pointer.isEmpty() || pointer.startsWith(QLatin1String("/ui"))) {
            updateBox();
            updateRequest();
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
    updateRequest();
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
    updateRequest();
    if (m_dirty)
        refresh();
}

void DiffPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Builds need not compare while nobody looks.
    updateRequest();
}

void DiffPanel::updateRequest()
{
    QString problem;
    m_rebuilder->setBaseline(isVisible() ? baselineRequest(&problem) : Rebuilder::Baseline());
}

Rebuilder::Baseline DiffPanel::baselineRequest(QString *problem)
{
    Rebuilder::Baseline request;
    request.layout = m_view->mode() == DiffView::Mode::Unified ? DiffRows::Layout::Unified : DiffRows::Layout::SideBySide;
    switch (baseline()) {
    case Baseline::DockerDefault: {
        // Docker's default spec never changes: encoded once per process.
        static const std::shared_ptr<const SpecComparison::Operand> dockerDefault
            = SpecComparison::Operand::fromValue(oci::dockerDefaultSpec(nullptr));
        request.key = QString::fromLatin1(DockerDefaultKey);
        request.spec = dockerDefault;
        return request;
    }
    case Baseline::PreviousBuild:
        request.key = QString::fromLatin1(PreviousKey);
        request.previous = true;
        return request;
    case Baseline::File:
        break;
    }
    const QString path = baselineFile();
    const QFileInfo info(path);
    if (path != m_fileCachePath || info.lastModified() != m_fileCacheTime) {
        m_fileCachePath = path;
        m_fileCacheTime = info.lastModified();
        m_fileCacheError.clear();
        m_fileCache.reset();
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
                m_fileCacheError
                    = tr("%1 is not an OCI runtime spec (no ociVersion).").arg(QDir::toNativeSeparators(path));
            } else {
                m_fileCache = SpecComparison::Operand::fromValue(std::move(root));
            }
        }
    }
    if (!m_fileCache) {
        *problem = m_fileCacheError;
        return request;
    }
    // The file's time is part of the key: a comparison with an older
    // version of it is not this one.
    request.key = QStringLiteral("file:") + m_fileCacheTime.toString(Qt::ISODateWithMs) + QLatin1Char(':') + path;
    request.spec = m_fileCache;
    return request;
}

void DiffPanel::refresh()
{
    m_dirty = false;
    const auto snapshot = m_rebuilder->snapshot();
    if (!snapshot || !snapshot->hasSpec() || !snapshot->spec) {
        m_view->setMessage(tr("No spec to compare: the scenario has errors, or Docker refuses it."));
        m_patch->setPatch({});
        return;
    }
    QString problem;
    const Rebuilder::Baseline request = baselineRequest(&problem);
    if (request.key.isEmpty()) {
        m_view->setMessage(problem);
        m_patch->setPatch({});
        return;
    }
    if (isVisible()
        && (request.key != m_rebuilder->baseline().key || request.layout != m_rebuilder->baseline().layout))
        m_rebuilder->setBaseline(request);
    // The build compared with this baseline already, on its thread; else
    // (the choice just changed, or the panel was hidden) compare here.
    std::shared_ptr<const SpecComparison::Result> result;
    if (snapshot->comparisonKey == request.key) {
        result = snapshot->comparison;
    } else {
        const SpecComparison::Operand *base = request.previous ? snapshot->previousSpec.get() : request.spec.get();
        if (base)
            result = std::make_shared<const SpecComparison::Result>(
                SpecComparison::compare(*base, *snapshot->spec, 3, request.layout));
    }
    if (!result) {
        m_view->setMessage(tr("No previous build yet: edit an input and what it changes in the spec shows here."));
        m_patch->setPatch({});
        return;
    }
    m_patch->setPatch(result->diff.patch);
    if (result->diff.unified.empty()) {
        m_view->setMessage(tr("No differences: the spec equals the baseline."));
        return;
    }
    // Shares the rows with the snapshot, nothing copied; the mode just
    // changed and the build made the other layout: these once, here.
    std::shared_ptr<const DiffRows> rows(result, &result->rows);
    if (!rows->has(request.layout))
        rows = std::make_shared<const DiffRows>(DiffRows::fromUnified(result->diff.unified, request.layout));
    m_view->setRows(std::move(rows), result->hunkPointers);
}
