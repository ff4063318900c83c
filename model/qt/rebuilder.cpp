#include "rebuilder.h"

#include "document.h"
#include "schemavalidator.h"
#include "specencoder.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>

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

Rebuilder::Rebuilder(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Rebuilder::rebuild);
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
    m_host = std::move(host);
    m_timer.start();
}

void Rebuilder::setFallbackHost(oci::HostProfile host)
{
    m_fallbackHost = std::move(host);
    m_timer.start();
}

void Rebuilder::rebuild()
{
    m_timer.stop();
    if (!m_fallbackHost) {
        m_fallbackHost = oci::probeLocalHost();
        if (m_fallbackHost->origin.empty())
            m_fallbackHost->origin = "probe";
    }

    QElapsedTimer clock;
    clock.start();
    oci::BuildOptions options;
    options.host = m_host ? &*m_host : nullptr;
    options.fallbackHost = &*m_fallbackHost;
    // The document's offsets stop matching any text after the first edit,
    // so no source is given: diagnostics locate themselves by pointer.
    auto result = oci::build(m_document->root(), std::string_view(), m_document->displayName().toStdString(), options);

    auto snapshot = std::make_shared<Snapshot>();
    if (result && result->decoded && !result->refused) {
        oci::gojson::PrettyText pretty = oci::encodePrettyWithMap(result->spec);
        snapshot->text = QString::fromStdString(pretty.text);
        snapshot->spans = std::move(pretty.spans);
    }
    snapshot->buildNanoseconds = clock.nsecsElapsed();
    if (result && m_validate) {
        oci::ValidateOptions validateOptions;
        // Until the worker has it loaded, the schema would be loaded here,
        // on the GUI thread: validate without it for now.
        validateOptions.useSchema = m_schemaReady;
        validateOptions.schemaDir = m_schemaDir.toStdString();
        oci::ValidationReport report = oci::validateBuilt(*result, m_document->root(),
                                                          m_document->displayName().toStdString(), options,
                                                          validateOptions);
        for (oci::Diagnostic &d : report.diagnostics) {
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
        if (snapshot->schemaSummary.isEmpty() && !report.schemaError.empty())
            snapshot->schemaSummary = QString::fromStdString(report.schemaError);
        snapshot->validated = true;
    }
    snapshot->result = std::move(result);
    snapshot->generation = ++m_generation;
    if (m_snapshot) {
        snapshot->previousText
            = m_snapshot->text != snapshot->text ? m_snapshot->text : m_snapshot->previousText;
    }
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotReady();
}
