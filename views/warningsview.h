#pragma once

// A table of findings (any model providing the pointer roles of roles.h).
// Activating a row asks for the spec and input locations it names to be
// shown; the view itself knows nothing of what they are.

#include <QTreeView>

class WarningsView : public QTreeView
{
    Q_OBJECT
public:
    explicit WarningsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void pointerActivated(const QString &specPointer, const QString &inputPointer);

private:
    void onActivated(const QModelIndex &index);
};
