#pragma once

// Rebuilds the spec whenever the document changes. Changes are coalesced by
// a short timer (a burst of edits, or an undo macro, builds once). A build
// runs inline while builds take less than a quarter of a frame (typical
// documents: microseconds); once one took longer (a document with thousands
// of entries), later ones run on a worker thread, on a copy of the
// document, and the snapshot is handed back to the GUI thread, so typing
// never waits for a build. Each build is also validated (schema, rules,
// lint); the schema is loaded once, on a worker thread, and builds made
// before it is ready are validated without it. A build also compares its
// spec with the diff view's baseline, so that the diff (thousands of lines
// for a stress document) is ready when the snapshot arrives; on the worker,
// validation runs on a second thread meanwhile.

#include "snapshot.h"

#include "hostprofile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class Document;
class QThread;
class QThreadPool;

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

    // Builds after one that took longer than this run on the worker thread
    // (default 4 ms, a quarter of a frame; 0: every build after the first).
    void setWorkerThreshold(qint64 nanoseconds) { m_workerThreshold = nanoseconds; }
    // A build is due or running: snapshot() is not the document's yet.
    bool isPending() const { return m_timer.isActive() || m_inFlight; }
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

    // What later builds compare their spec with: a fixed spec, or (with
    // `previous`) the previous different build. `key` names the choice and
    // is copied to the snapshot; an empty key asks for no comparison.
    // Takes effect from the next build (it does not start one).
    struct Baseline {
        QString key;
        std::shared_ptr<const SpecComparison::Operand> spec;
        bool previous = false;
        // The rows the diff view shows in its current mode.
        DiffRows::Layout layout = DiffRows::Layout::Both;
    };
    void setBaseline(Baseline baseline) { m_baseline = std::move(baseline); }
    const Baseline &baseline() const { return m_baseline; }

public Q_SLOTS:
    // Builds now, on this thread (cancelling a pending build and dropping
    // one that is running).
    void rebuild();

Q_SIGNALS:
    void snapshotReady();

private:
    struct Inputs;
    static std::shared_ptr<Snapshot> makeSnapshot(const Inputs &inputs);
    Inputs inputs(bool copyDocument);
    void onTimeout();
    void publish(std::shared_ptr<Snapshot> snapshot, qint64 nanoseconds);

    Document *m_document;
    QTimer m_timer;
    QThreadPool *m_pool = nullptr;
    // A worker build is running; m_again: the document changed meanwhile.
    bool m_inFlight = false;
    bool m_again = false;
    // Worker results of an older ticket are dropped.
    quint64 m_ticket = 0;
    qint64 m_lastNanoseconds = 0;
    qint64 m_workerThreshold = 4'000'000;
    std::shared_ptr<const Snapshot> m_snapshot;
    // Shared with the worker's build, so never changed, only replaced.
    std::shared_ptr<const oci::HostProfile> m_host;
    std::shared_ptr<const oci::HostProfile> m_fallbackHost;
    quint64 m_generation = 0;
    QThread *m_schemaLoader = nullptr;
    bool m_schemaReady = false;
    bool m_validate = true;
    QString m_schemaDir;
    Baseline m_baseline;
};
