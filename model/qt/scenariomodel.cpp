#include "scenariomodel.h"

#include "document.h"
#include "jsonpointer.h"
#include "roles.h"

using oci::json::Type;
using oci::json::Value;

namespace {

std::size_t childCount(const Value &v)
{
    return v.isArray() || v.isObject() ? v.size() : 0;
}

int lastMemberIndex(const Value &object, const std::string &key)
{
    for (std::size_t i = object.size(); i > 0; --i) {
        if (object.key(i - 1) == key)
            return static_cast<int>(i - 1);
    }
    return -1;
}

} // namespace

ScenarioModel::ScenarioModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    fill(m_root.get(), m_document->root());
    connect(m_document, &Document::changed, this, &ScenarioModel::onChanged);
    connect(m_document, &Document::rowInserted, this, &ScenarioModel::onRowInserted);
    connect(m_document, &Document::rowRemoved, this, &ScenarioModel::onRowRemoved);
}

ScenarioModel::~ScenarioModel() = default;

void ScenarioModel::fill(Node *node, const Value &value)
{
    node->children.clear();
    const std::size_t n = childCount(value);
    node->children.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = static_cast<int>(i);
        fill(child.get(), value.at(i));
        node->children.push_back(std::move(child));
    }
}

void ScenarioModel::renumber(Node *node)
{
    for (std::size_t i = 0; i < node->children.size(); ++i)
        node->children[i]->row = static_cast<int>(i);
}

ScenarioModel::Node *ScenarioModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ScenarioModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

const Value *ScenarioModel::valueOf(const Node *node) const
{
    std::vector<int> rows;
    for (const Node *n = node; n && n->parent; n = n->parent)
        rows.push_back(n->row);
    const Value *v = &m_document->root();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (static_cast<std::size_t>(*it) >= childCount(*v))
            return nullptr;
        v = &v->at(static_cast<std::size_t>(*it));
    }
    return v;
}

QString ScenarioModel::pointer(const QModelIndex &index) const
{
    std::vector<int> rows;
    for (const Node *n = nodeOf(index); n && n->parent; n = n->parent)
        rows.push_back(n->row);
    std::string p;
    const Value *v = &m_document->root();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const auto row = static_cast<std::size_t>(*it);
        if (row >= childCount(*v))
            return QString();
        if (v->isObject())
            oci::json::appendPointerToken(p, v->key(row));
        else
            oci::json::appendPointerIndex(p, row);
        v = &v->at(row);
    }
    return QString::fromStdString(p);
}

ScenarioModel::Node *ScenarioModel::nodeForPointer(const QString &pointer) const
{
    Node *node = m_root.get();
    const Value *v = &m_document->root();
    for (const std::string &token : JsonPointer::tokens(pointer.toStdString())) {
        long long row = -1;
        if (v->isObject())
            row = lastMemberIndex(*v, token);
        else if (v->isArray())
            row = JsonPointer::index(token);
        if (row < 0 || static_cast<std::size_t>(row) >= childCount(*v)
            || static_cast<std::size_t>(row) >= node->children.size())
            return nullptr;
        node = node->children[static_cast<std::size_t>(row)].get();
        v = &v->at(static_cast<std::size_t>(row));
    }
    return node;
}

QModelIndex ScenarioModel::indexForPointer(const QString &pointer, int column) const
{
    return indexOf(nodeForPointer(pointer), column);
}

QModelIndex ScenarioModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ScenarioModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ScenarioModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != KeyColumn)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ScenarioModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const Value *v = valueOf(node);
    const Value *container = valueOf(node->parent);
    if (!v || !container)
        return {};
    const auto row = static_cast<std::size_t>(node->row);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == KeyColumn) {
            if (container->isObject())
                return QString::fromStdString(container->key(row));
            return node->row;
        }
        switch (v->type()) {
        case Type::String:
        case Type::Number:
            return QString::fromStdString(v->text());
        case Type::Bool:
            return role == Qt::EditRole ? QVariant(v->boolean()) : QVariant(QString::fromLatin1(v->boolean() ? "true" : "false"));
        case Type::Null:
            return QStringLiteral("null");
        case Type::Array:
            return QStringLiteral("[%1]").arg(v->size());
        case Type::Object:
            return QStringLiteral("{%1}").arg(v->size());
        }
        return {};
    case OciRoles::InputPointerRole:
        return pointer(index);
    case OciRoles::JsonTypeRole:
        return static_cast<int>(v->type());
    case OciRoles::AddressableRole:
        return !container->isObject() || lastMemberIndex(*container, container->key(row)) == node->row;
    }
    return {};
}

bool ScenarioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Value *old = valueOf(nodeOf(index));
    if (!old)
        return false;
    Value next;
    switch (old->type()) {
    case Type::String:
        next = Value::makeString(value.toString().toStdString());
        break;
    case Type::Number: {
        // Only a JSON number literal is a number; anything else is refused
        // rather than silently changing the value's type.
        const std::string literal = value.toString().trimmed().toStdString();
        oci::json::ParseError error;
        if (!oci::json::parse(literal, next, error) || !next.isNumber())
            return false;
        break;
    }
    case Type::Bool:
        next = Value::makeBool(value.toBool());
        break;
    default:
        return false;
    }
    if (next == *old)
        return true;
    return m_document->setValue(pointer(index), next);
}

Qt::ItemFlags ScenarioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid() || index.column() != ValueColumn)
        return f;
    const int type = data(index, OciRoles::JsonTypeRole).toInt();
    const bool scalar = type == static_cast<int>(Type::String) || type == static_cast<int>(Type::Number)
        || type == static_cast<int>(Type::Bool);
    if (scalar && data(index, OciRoles::AddressableRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

void ScenarioModel::sync(Node *node, const Value &value)
{
    const std::size_t count = childCount(value);
    const QModelIndex parentIndex = indexOf(node);
    if (count != node->children.size()) {
        if (!node->children.empty()) {
            beginRemoveRows(parentIndex, 0, static_cast<int>(node->children.size()) - 1);
            node->children.clear();
            endRemoveRows();
        }
        if (count > 0) {
            beginInsertRows(parentIndex, 0, static_cast<int>(count) - 1);
            fill(node, value);
            endInsertRows();
        }
    } else {
        for (std::size_t i = 0; i < count; ++i)
            sync(node->children[i].get(), value.at(i));
    }
    if (node != m_root.get())
        Q_EMIT dataChanged(indexOf(node, KeyColumn), indexOf(node, ValueColumn));
}

void ScenarioModel::onChanged(const QString &pointer)
{
    if (pointer.isEmpty()) {
        beginResetModel();
        fill(m_root.get(), m_document->root());
        endResetModel();
        return;
    }
    Node *node = nodeForPointer(pointer);
    const Value *v = node ? valueOf(node) : nullptr;
    if (node && v)
        sync(node, *v);
}

void ScenarioModel::onRowInserted(const QString &containerPointer, int row)
{
    Node *node = nodeForPointer(containerPointer);
    const Value *container = node ? valueOf(node) : nullptr;
    if (!container || row < 0 || static_cast<std::size_t>(row) > node->children.size()
        || static_cast<std::size_t>(row) >= childCount(*container))
        return;
    beginInsertRows(indexOf(node), row, row);
    auto child = std::make_unique<Node>();
    child->parent = node;
    fill(child.get(), container->at(static_cast<std::size_t>(row)));
    node->children.insert(node->children.begin() + row, std::move(child));
    renumber(node);
    endInsertRows();
    // Array elements after the new one have a new index, which is their key.
    const int last = static_cast<int>(node->children.size()) - 1;
    if (container->isArray() && row < last)
        Q_EMIT dataChanged(index(row + 1, KeyColumn, indexOf(node)), index(last, KeyColumn, indexOf(node)));
}

void ScenarioModel::onRowRemoved(const QString &containerPointer, int row)
{
    Node *node = nodeForPointer(containerPointer);
    const Value *container = node ? valueOf(node) : nullptr;
    if (!container || row < 0 || static_cast<std::size_t>(row) >= node->children.size())
        return;
    beginRemoveRows(indexOf(node), row, row);
    node->children.erase(node->children.begin() + row);
    renumber(node);
    endRemoveRows();
    const int last = static_cast<int>(node->children.size()) - 1;
    if (container->isArray() && row <= last)
        Q_EMIT dataChanged(index(row, KeyColumn, indexOf(node)), index(last, KeyColumn, indexOf(node)));
}
