#include "checklistmodel.h"

#include "document.h"
#include "json.h"
#include "roles.h"

#include <QUndoStack>

using oci::json::Type;
using oci::json::Value;

ChecklistModel::ChecklistModel(Document *document, const QString &arrayPointer, const QStringList &known,
                               QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_pointer(arrayPointer)
    , m_known(known)
{
    m_knownNormalized = m_known;
    m_values = readValues();
    m_extras = extrasOf(m_values);
    connect(m_document, &Document::changed, this, [this](const QString &changed) {
        const QString resolved = m_document->resolveFolded(m_pointer);
        if (changed.isEmpty() || resolved == changed || resolved.startsWith(changed + QLatin1Char('/'))
            || changed.startsWith(resolved + QLatin1Char('/')))
            sync();
    });
}

ChecklistModel::~ChecklistModel() = default;

void ChecklistModel::setNormalizer(std::function<QString(const QString &)> normalize)
{
    beginResetModel();
    m_normalize = std::move(normalize);
    m_knownNormalized.clear();
    for (const QString &name : std::as_const(m_known))
        m_knownNormalized.append(normalized(name));
    m_extras = extrasOf(m_values);
    endResetModel();
}

void ChecklistModel::setSpelling(std::function<QString(const QString &)> spell)
{
    m_spell = std::move(spell);
}

QString ChecklistModel::normalized(const QString &value) const
{
    return m_normalize ? m_normalize(value) : value;
}

QStringList ChecklistModel::readValues() const
{
    QStringList out;
    if (!m_document)
        return out;
    const Value *array = m_document->value(m_document->resolveFolded(m_pointer));
    if (!array || !array->isArray())
        return out;
    for (const Value &v : array->items())
        out.append(v.isString() || v.isNumber() ? QString::fromStdString(v.text()) : QString());
    return out;
}

QStringList ChecklistModel::extrasOf(const QStringList &values) const
{
    QStringList extras;
    QStringList seen;
    for (const QString &v : values) {
        const QString n = normalized(v);
        if (m_knownNormalized.contains(n) || seen.contains(n))
            continue;
        seen.append(n);
        extras.append(v);
    }
    return extras;
}

void ChecklistModel::sync()
{
    const QStringList values = readValues();
    if (values == m_values)
        return;
    const QStringList extras = extrasOf(values);
    if (extras != m_extras) {
        beginResetModel();
        m_values = values;
        m_extras = extras;
        endResetModel();
        return;
    }
    m_values = values;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

bool ChecklistModel::isChecked(const QString &name) const
{
    const QString n = normalized(name);
    for (const QString &v : m_values) {
        if (normalized(v) == n)
            return true;
    }
    return false;
}

int ChecklistModel::rowOf(const QString &name) const
{
    const QString n = normalized(name);
    const int known = static_cast<int>(m_knownNormalized.indexOf(n));
    if (known >= 0)
        return known;
    for (int i = 0; i < m_extras.size(); ++i) {
        if (normalized(m_extras.at(i)) == n)
            return static_cast<int>(m_known.size()) + i;
    }
    return -1;
}

int ChecklistModel::rowForPointer(const QString &inputPointer) const
{
    if (!m_document)
        return -1;
    const QString resolved = m_document->resolveFolded(m_pointer);
    const QString p = m_document->resolveFolded(inputPointer);
    if (!p.startsWith(resolved + QLatin1Char('/')))
        return -1;
    const QString token = p.mid(resolved.size() + 1).section(QLatin1Char('/'), 0, 0);
    bool ok = false;
    const int element = token.toInt(&ok);
    if (!ok || element < 0 || element >= m_values.size())
        return -1;
    return rowOf(m_values.at(element));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_known.size() + m_extras.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool known = index.row() < m_known.size();
    const QString name = known ? m_known.at(index.row()) : m_extras.at(index.row() - m_known.size());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return name;
    case Qt::CheckStateRole:
        return known ? (isChecked(name) ? Qt::Checked : Qt::Unchecked) : Qt::Checked;
    case OciRoles::InputPointerRole: {
        if (!m_document)
            return QString();
        const QString n = normalized(name);
        const QString resolved = m_document->resolveFolded(m_pointer);
        for (int i = 0; i < m_values.size(); ++i) {
            if (normalized(m_values.at(i)) == n)
                return QStringLiteral("%1/%2").arg(resolved).arg(i);
        }
        return resolved;
    }
    }
    return {};
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setChecked(index.row(), value.toInt() == Qt::Checked);
}

bool ChecklistModel::setChecked(int row, bool checked)
{
    Document *const doc = m_document;
    if (!doc)
        return false;
    const bool known = row < m_known.size();
    const QString name = known ? m_known.at(row) : m_extras.at(row - m_known.size());
    if (checked == isChecked(name))
        return true;
    if (checked)
        return addValue(known && m_spell ? m_spell(name) : name);
    const QString resolved = m_document->resolveFolded(m_pointer);
    const QString n = normalized(name);
    QList<int> matches;
    for (int i = 0; i < m_values.size(); ++i) {
        if (normalized(m_values.at(i)) == n)
            matches.append(i);
    }
    QUndoStack *stack = doc->undoStack();
    if (matches.size() > 1)
        stack->beginMacro(tr("Remove %1").arg(name));
    bool ok = true;
    for (auto it = matches.crbegin(); it != matches.crend(); ++it)
        ok = m_document->removeRow(resolved, *it) && ok;
    if (matches.size() > 1)
        stack->endMacro();
    return ok;
}

bool ChecklistModel::addValue(const QString &value)
{
    if (!m_document)
        return false;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || isChecked(trimmed))
        return false;
    const QString resolved = m_document->resolveFolded(m_pointer);
    const Value *array = m_document->value(resolved);
    const Value element = Value::makeString(trimmed.toStdString());
    if (array && array->isArray())
        return m_document->insertRow(resolved, static_cast<int>(array->size()), element);
    Value fresh(Type::Array);
    fresh.append(element);
    return m_document->setValueCreatingPath(resolved, fresh);
}
