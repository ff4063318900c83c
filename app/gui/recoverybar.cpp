#include "recoverybar.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryBar::RecoveryBar(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("recoveryBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Recovered work"));
    updateColors();

    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    auto *later = new QPushButton(tr("Later"), this);
    later->setObjectName(QStringLiteral("recoveryLaterButton"));
    later->setToolTip(tr("Hide this bar; the unsaved work is offered again at the next start"));
    connect(later, &QPushButton::clicked, this, &QWidget::hide);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(later, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_rows);
    hide();
}

void RecoveryBar::setEntries(const QList<RecoveryFile::Info> &entries)
{
    m_entries = entries;
    rebuild();
}

void RecoveryBar::removeEntry(const QString &recoveryPath)
{
    m_entries.removeIf([&recoveryPath](const RecoveryFile::Info &info) { return info.path == recoveryPath; });
    rebuild();
}

void RecoveryBar::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        // The buttons' click may be what brought us here: delete later.
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    if (m_entries.isEmpty()) {
        hide();
        return;
    }
    m_title->setText(tr("Unsaved work from a session that did not end normally was found. Recover it to go on "
                        "editing (Save then writes it to its file), or discard it."));
    for (const RecoveryFile::Info &info : std::as_const(m_entries)) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("recoveryEntry"));
        row->setProperty("recoveryPath", info.path);
        auto *label = new QLabel(row);
        label->setObjectName(QStringLiteral("recoveryEntryLabel"));
        label->setTextFormat(Qt::PlainText);
        const QString where = info.originalPath.isEmpty() ? tr("never saved")
                                                          : QDir::toNativeSeparators(info.originalPath);
        label->setText(tr("%1 (%2), autosaved %3")
                           .arg(info.displayName(), where,
                                QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat)));
        label->setToolTip(QDir::toNativeSeparators(info.path));
        auto *recover = new QPushButton(tr("Recover"), row);
        recover->setObjectName(QStringLiteral("recoverButton"));
        recover->setToolTip(tr("Open this work in the window, with its unsaved changes"));
        auto *discard = new QPushButton(tr("Discard"), row);
        discard->setObjectName(QStringLiteral("discardButton"));
        discard->setToolTip(tr("Delete the autosaved work"));
        const QString path = info.path;
        connect(recover, &QPushButton::clicked, this, [this, path] { Q_EMIT recoverRequested(path); });
        connect(discard, &QPushButton::clicked, this, [this, path] { Q_EMIT discardRequested(path); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label, 1);
        layout->addWidget(recover);
        layout->addWidget(discard);
        m_rows->addWidget(row);
    }
    show();
}

void RecoveryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QFrame::changeEvent(event);
}

void RecoveryBar::updateColors()
{
    // A tint of the highlight colour over the window's: noticeable in light
    // and dark palettes alike, and the text keeps its contrast.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = base.color(QPalette::Window);
    const QColor accent = base.color(QPalette::Highlight);
    auto mix = [](int a, int b) { return (a * 80 + b * 20) / 100; };
    QPalette p = palette();
    p.setColor(QPalette::Window,
               QColor(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                      mix(window.blue(), accent.blue())));
    // setPalette() sends a PaletteChange itself: only when the colour moves.
    if (p.color(QPalette::Window) != palette().color(QPalette::Window))
        setPalette(p);
}
