#pragma once

// Which engine host the spec is built for: a host.json loaded for this
// window (as `ocispec --host`), a probe of this machine, or the default
// (the scenario's embedded `host`, else the preferences' profile or a
// probe). A loaded profile can be embedded in the scenario.

#include "hostprofile.h"

#include <QWidget>

#include <optional>

class Document;
class QLabel;
class QPushButton;
class Rebuilder;

class HostPanel : public QWidget
{
    Q_OBJECT
public:
    HostPanel(Document *document, Rebuilder *rebuilder, QWidget *parent = nullptr);

    // Uses the host.json at `path` for every build of this window.
    bool loadHostFile(const QString &path, QString *errorMessage = nullptr);
    void probeThisMachine();
    // Back to the scenario's host, or the default.
    void useDefault();
    // Writes the loaded file's profile into the scenario's `host`.
    bool embedLoadedProfile(QString *errorMessage = nullptr);

    QString summary() const;

private:
    void chooseFile();
    void updateSummary();

    Document *m_document;
    Rebuilder *m_rebuilder;
    QLabel *m_origin;
    QLabel *m_details;
    QPushButton *m_embed;
    QPushButton *m_removeEmbedded;
    QPushButton *m_default;
    std::optional<oci::HostProfile> m_explicit;
    QString m_loadedPath;
};
