#include "rebuilder.h"

#include "document.h"
#include "specencoder.h"

#include <QElapsedTimer>

Rebuilder::Rebuilder(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Rebuilder::rebuild);
    connect(m_document, &Document::changed, this, [this] { m_timer.start(); });
    // Documents are loaded before the window shows; build once right away
    // so the first paint already has a spec.
    m_timer.start();
}

Rebuilder::~Rebuilder() = default;

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
    snapshot->result = std::move(result);
    snapshot->buildNanoseconds = clock.nsecsElapsed();
    snapshot->generation = ++m_generation;
    if (m_snapshot)
        snapshot->previousText = m_snapshot->text;
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotReady();
}
