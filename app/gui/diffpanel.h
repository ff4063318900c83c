#pragma once

// The Diff dock: the built spec against a baseline the user picks (Docker's
// default spec, the previous build, a config.json file), unified or side by
// side, with the JSON Patch that turns the baseline into the spec. The
// choice is kept in the document's `ui` object ("ui": {"diffBaseline":
// "docker-default" | "previous" | "/path/to/config.json"}).

#include "json.h"
#include "rebuilder.h"

#include <QDateTime>
#include <QWidget>

class DiffView;
class Document;
class HeaderProxyModel;
class PatchModel;
class QComboBox;
class Rebuilder;

class DiffPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Baseline { DockerDefault, PreviousBuild, File };

    DiffPanel(Document *document, Rebuilder *rebuilder, QWidget *parent = nullptr);
    ~DiffPanel() override;

    // Records the choice in the document (an undoable edit) and compares.
    void setBaseline(Baseline baseline, const QString &filePath = QString());
    Baseline baseline() const;
    QString baselineFile() const;

    DiffView *view() const { return m_view; }
    PatchModel *patchModel() const { return m_patch; }
    QComboBox *baselineBox() const { return m_baselineBox; }

    // Compares now (otherwise done when the panel is visible and a build or
    // the baseline changed).
    void refresh();

    static QString uiPointer() { return QStringLiteral("/ui/diffBaseline"); }

Q_SIGNALS:
    void pointerActivated(const QString &specPointer);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString storedBaseline() const;
    void updateBox();
    void onBoxActivated(int index);
    // The current choice as the Rebuilder compares with it; an empty key
    // and `problem` set when it cannot be had (an unreadable file).
    Rebuilder::Baseline baselineRequest(QString *problem);
    // Tells the Rebuilder what to compare later builds with: the current
    // choice while the panel is visible, nothing while it is hidden.
    void updateRequest();
    void scheduleRefresh();

    Document *m_document;
    Rebuilder *m_rebuilder;
    DiffView *m_view;
    PatchModel *m_patch;
    HeaderProxyModel *m_patchProxy;
    QComboBox *m_baselineBox;
    bool m_dirty = true;
    // The baseline file as last read, reread when it changes on disk.
    QString m_fileCachePath;
    QDateTime m_fileCacheTime;
    std::shared_ptr<const SpecComparison::Operand> m_fileCache;
    QString m_fileCacheError;
};
