#pragma once

// Gives a base model's columns translated header labels (base models stay
// free of user-visible strings).

#include <QIdentityProxyModel>
#include <QStringList>

class HeaderProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit HeaderProxyModel(QObject *parent = nullptr);

    void setHeaderLabels(const QStringList &labels);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_labels;
};
