#include "warningsview.h"

#include "roles.h"

#include <QHeaderView>

WarningsView::WarningsView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    connect(this, &QTreeView::activated, this, &WarningsView::onActivated);
}

void WarningsView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    // Severity, code and location are short; the message takes the room left.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (model->columnCount() > 2)
        header()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void WarningsView::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT pointerActivated(index.data(OciRoles::SpecPointerRole).toString(),
                            index.data(OciRoles::InputPointerRole).toString());
}
