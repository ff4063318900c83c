#pragma once

// Rebuilds the spec whenever the document changes. Changes are coalesced by
// a short timer (a burst of edits, or an undo macro, builds once); the build
// itself runs inline because it takes microseconds. Each build is also
// validated (schema, rules, lint); the schema is loaded once, on a worker
// thread, and builds made before it is ready are validated without it.

#include "snapshot.h"

#include "hostprofile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class Document;
class QThread;

class Rebuilder : public QObject
{
    Q_OBJECT
public:
    explicit Rebuilder(Document *document, QObject *parent = nullptr);
    ~Rebuilder() override;

    // The latest build; null until the first one.
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }

    // Milliseconds to wait after a change before building (default 0: the
    // next event-loop turn).
    void setDelay(int milliseconds);
    int delay() const;

    // An explicit host profile, taking precedence over the document's
    // embedded `host` (as `ocispec --host`).
    void setHost(std::optional<oci::HostProfile> host);
    // Used when neither an explicit nor an embedded profile exists; by
    // default a probe of this machine, made on the first build.
    void setFallbackHost(oci::HostProfile host);

    bool isPending() const { return m_timer.isActive(); }
    // The runtime-spec schema has been loaded (or failed to load) and now
    // takes part in validation.
    bool isSchemaReady() const { return m_schemaReady; }
    // Validation on or off (default on); off, snapshots hold only the
    // build's own diagnostics.
    void setValidationEnabled(bool enabled);
    // The runtime-spec schema folder (empty: the one found at configure
    // time). Another folder is loaded on first use, on the GUI thread.
    void setSchemaDir(const QString &dir);
    QString schemaDir() const { return m_schemaDir; }

public Q_SLOTS:
    // Builds now (cancelling a pending build).
    void rebuild();

Q_SIGNALS:
    void snapshotReady();

private:
    Document *m_document;
    QTimer m_timer;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::optional<oci::HostProfile> m_host;
    std::optional<oci::HostProfile> m_fallbackHost;
    quint64 m_generation = 0;
    QThread *m_schemaLoader = nullptr;
    bool m_schemaReady = false;
    bool m_validate = true;
    QString m_schemaDir;
};
