#include "rebuilder.h"

#include "document.h"
#include "schemavalidator.h"
#include "specencoder.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <utility>

namespace {

// SchemaValidator caches what it loaded for the life of the process, so
// only the first Rebuilder pays (tens of milliseconds) for the load.
std::atomic<bool> s_schemaLoaded{false};

void loadSchema()
{
    std::string error;
    oci::SchemaValidator::load(std::string(), error);
    s_schemaLoaded = true;
}

} // namespace

// What one build reads: the document (its own root, or a copy the worker
// owns), the host profiles and the validation settings.
struct Rebuilder::Inputs {
    std::shared_ptr<const oci::json::Value> copy;
    const oci::json::Value *root = nullptr;
    std::string name;
    std::shared_ptr<const oci::HostProfile> host;
    std::shared_ptr<const oci::HostProfile> fallbackHost;
    bool validate = true;
    bool useSchema = false;
    std::string schemaDir;
    // The snapshot this build follows, for the previous-build baseline.
    std::shared_ptr<const Snapshot> previous;
    Baseline baseline;
    // On the worker: validate on a second thread while the spec is encoded
    // and compared. Inline builds are small; a thread would cost more.
    bool parallel = false;
};

Rebuilder::Rebuilder(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Rebuilder::onTimeout);
    connect(m_document, &Document::changed, this, [this] { m_timer.start(); });
    if (s_schemaLoaded) {
        m_schemaReady = true;
    } else {
        m_schemaLoader = QThread::create(loadSchema);
        connect(m_schemaLoader, &QThread::finished, this, [this] {
            m_schemaReady = true;
            // Builds so far were judged without the schema.
            if (m_snapshot && m_validate)
                m_timer.start();
        });
        m_schemaLoader->start(QThread::LowPriority);
    }
    // Documents are loaded before the window shows; build once right away
    // so the first paint already has a spec.
    m_timer.start();
}

Rebuilder::~Rebuilder()
{
    // A running build posts its result to this object: let it finish first.
    m_pool->waitForDone();
    if (m_schemaLoader) {
        m_schemaLoader->wait();
        delete m_schemaLoader;
    }
}

void Rebuilder::setSchemaDir(const QString &dir)
{
    if (dir == m_schemaDir)
        return;
    m_schemaDir = dir;
    m_timer.start();
}

void Rebuilder::setValidationEnabled(bool enabled)
{
    if (m_validate == enabled)
        return;
    m_validate = enabled;
    m_timer.start();
}

void Rebuilder::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

int Rebuilder::delay() const
{
    return m_timer.interval();
}

void Rebuilder::setHost(std::optional<oci::HostProfile> host)
{
    m_host = host ? std::make_shared<const oci::HostProfile>(std::move(*host)) : nullptr;
    m_timer.start();
}

void Rebuilder::setFallbackHost(oci::HostProfile host)
{
    m_fallbackHost = std::make_shared<const oci::HostProfile>(std::move(host));
    m_timer.start();
}

Rebuilder::Inputs Rebuilder::inputs(bool copyDocument)
{
    if (!m_fallbackHost) {
        oci::HostProfile probe = oci::probeLocalHost();
        if (probe.origin.empty())
            probe.origin = "probe";
        m_fallbackHost = std::make_shared<const oci::HostProfile>(std::move(probe));
    }
    Inputs in;
    if (copyDocument) {
        in.copy = std::make_shared<const oci::json::Value>(m_document->root());
        in.root = in.copy.get();
    } else {
        in.root = &m_document->root();
    }
    in.name = m_document->displayName().toStdString();
    in.host = m_host;
    in.fallbackHost = m_fallbackHost;
    in.validate = m_validate;
    // Until the worker has it loaded, the schema would be loaded by the
    // build: validate without it for now.
    in.useSchema = m_schemaReady;
    in.schemaDir = m_schemaDir.toStdString();
    in.previous = m_snapshot;
    in.baseline = m_baseline;
    in.parallel = copyDocument;
    return in;
}

std::shared_ptr<Snapshot> Rebuilder::makeSnapshot(const Inputs &in)
{
    QElapsedTimer clock;
    clock.start();
    oci::BuildOptions options;
    options.host = in.host.get();
    options.fallbackHost = in.fallbackHost.get();
    oci::ValidateOptions validateOptions;
    validateOptions.useSchema = in.useSchema;
    validateOptions.schemaDir = in.schemaDir;
    // On the worker, a second thread lints the document while this one
    // builds, then validates the spec (as encoded here) while this one
    // compares it: the two halves take about as long on a large document.
    // In this order: should the build throw, the promise goes first and the
    // validating thread ends (broken promise) before the future waits for it.
    struct Built {
        std::shared_ptr<const oci::BuildResult> result;
        // The spec as encoded and parsed back; its text is made meanwhile.
        const oci::json::Value *spec = nullptr;
    };
    std::future<std::optional<oci::ValidationReport>> validation;
    std::promise<Built> built;
    if (in.validate && in.parallel) {
        validation = std::async(std::launch::async,
                                [&in, &options, &validateOptions,
                                 done = built.get_future()]() mutable -> std::optional<oci::ValidationReport> {
                                    oci::Diagnostics lint;
                                    oci::lintInput(*in.root, oci::detectInputKind(*in.root), options, lint);
                                    const Built b = done.get();
                                    if (!b.result)
                                        return std::nullopt;
                                    return oci::validateBuilt(*b.result, *in.root, in.name, options, validateOptions,
                                                              &lint, b.spec);
                                });
    }
    // The document's offsets stop matching any text after the first edit,
    // so no source is given: diagnostics locate themselves by pointer.
    std::shared_ptr<const oci::BuildResult> result = oci::build(*in.root, std::string_view(), in.name, options);
    // The spec view and the status bar look values up as soon as the result
    // is shown: index the provenance here, on the build's thread.
    if (result)
        result->provenance.prepareLookups();
    auto snapshot = std::make_shared<Snapshot>();
    if (result && result->decoded && !result->refused) {
        const std::string compact = oci::encodeCompact(result->spec);
        auto spec = std::make_shared<SpecComparison::Operand>();
        if (spec->parseCompact(compact)) {
            // The validating thread reads only the value from here on.
            built.set_value({result, &spec->value});
            spec->indentCompact(compact);
            snapshot->spec = std::move(spec);
            snapshot->text = QString::fromStdString(snapshot->spec->text);
        }
    }
    if (!snapshot->spec)
        built.set_value({result, nullptr});
    snapshot->buildNanoseconds = clock.nsecsElapsed();

    if (const Snapshot *previous = in.previous.get()) {
        if (previous->text != snapshot->text) {
            snapshot->previousText = previous->text;
            snapshot->previousSpec = previous->spec;
        } else {
            snapshot->previousText = previous->previousText;
            snapshot->previousSpec = previous->previousSpec;
        }
    }
    if (!in.baseline.key.isEmpty()) {
        snapshot->comparisonKey = in.baseline.key;
        const SpecComparison::Operand *base
            = in.baseline.previous ? snapshot->previousSpec.get() : in.baseline.spec.get();
        if (base && snapshot->spec) {
            snapshot->comparison = std::make_shared<const SpecComparison::Result>(
                SpecComparison::compare(*base, *snapshot->spec, 3, in.baseline.layout));
        }
    }

    std::optional<oci::ValidationReport> report;
    if (validation.valid())
        report = validation.get();
    else if (result && in.validate)
        report = oci::validateBuilt(*result, *in.root, in.name, options, validateOptions, nullptr,
                                    snapshot->spec ? &snapshot->spec->value : nullptr);
    if (report) {
        for (oci::Diagnostic &d : report->diagnostics) {
            // Which schema judged the spec is not a finding about the inputs.
            if (d.code == "schema-version")
                snapshot->schemaSummary = QString::fromStdString(d.message);
            else
                snapshot->diagnostics.push_back(std::move(d));
        }
        // Errors first, then warnings, then notes; each group in the order
        // found (which follows the inputs).
        std::stable_sort(snapshot->diagnostics.begin(), snapshot->diagnostics.end(),
            [](const oci::Diagnostic &a, const oci::Diagnostic &b) {
                return static_cast<int>(a.severity) < static_cast<int>(b.severity);
            });
        if (snapshot->schemaSummary.isEmpty() && !report->schemaError.empty())
            snapshot->schemaSummary = QString::fromStdString(report->schemaError);
        snapshot->validated = true;
    }
    snapshot->result = std::move(result);
    return snapshot;
}

void Rebuilder::rebuild()
{
    m_timer.stop();
    if (m_inFlight) {
        // Its snapshot would be older than this one: wait, and drop it.
        m_pool->waitForDone();
        m_inFlight = false;
        m_again = false;
        ++m_ticket;
    }
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<Snapshot> snapshot = makeSnapshot(inputs(false));
    publish(std::move(snapshot), clock.nsecsElapsed());
}

void Rebuilder::onTimeout()
{
    if (m_inFlight) {
        // Built again once the running build is published.
        m_again = true;
        return;
    }
    if (!m_snapshot || m_lastNanoseconds < m_workerThreshold) {
        rebuild();
        return;
    }
    auto in = std::make_shared<const Inputs>(inputs(true));
    const quint64 ticket = ++m_ticket;
    m_inFlight = true;
    m_pool->start([this, in, ticket] {
        QElapsedTimer clock;
        clock.start();
        std::shared_ptr<Snapshot> snapshot = makeSnapshot(*in);
        const qint64 nanoseconds = clock.nsecsElapsed();
        // Delivered on the GUI thread; dropped if this object is gone.
        QMetaObject::invokeMethod(
            this,
            [this, snapshot = std::move(snapshot), nanoseconds, ticket]() mutable {
                if (ticket != m_ticket)
                    return;
                m_inFlight = false;
                publish(std::move(snapshot), nanoseconds);
                if (m_again) {
                    m_again = false;
                    onTimeout();
                }
            },
            Qt::QueuedConnection);
    });
}

void Rebuilder::publish(std::shared_ptr<Snapshot> snapshot, qint64 nanoseconds)
{
    m_lastNanoseconds = nanoseconds;
    snapshot->generation = ++m_generation;
    std::shared_ptr<const Snapshot> old = std::exchange(m_snapshot, std::move(snapshot));
    Q_EMIT snapshotReady();
    // A stress document's snapshot (its spec as text and as a JSON tree,
    // the diff's rows) takes a millisecond or more to free: not here.
    if (old.use_count() == 1)
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.reset(); });
}
