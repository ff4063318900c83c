#pragma once

// The message bar above the spec that offers unsaved work found at start-up
// (autosaves of windows that did not close normally): one row per recovery
// file, with Recover and Discard. It is part of the window, not a dialog,
// so the app starts and can be used while the question is open, and
// "Later" keeps the files for the next start.

#include "recoveryfile.h"

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

class RecoveryBar : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryBar(QWidget *parent = nullptr);

    // Shows the bar with these files (hides it when there are none).
    void setEntries(const QList<RecoveryFile::Info> &entries);
    QList<RecoveryFile::Info> entries() const { return m_entries; }
    void removeEntry(const QString &recoveryPath);

Q_SIGNALS:
    void recoverRequested(const QString &recoveryPath);
    void discardRequested(const QString &recoveryPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateColors();

    QList<RecoveryFile::Info> m_entries;
    QLabel *m_title;
    QVBoxLayout *m_rows;
};
