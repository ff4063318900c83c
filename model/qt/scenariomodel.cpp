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

bool ScenarioModel::label(Node *child, const Value &container, int row)
{
    const auto r = static_cast<std::size_t>(row);
    const bool element = container.isArray();
    std::string key = element ? std::to_string(row) : container.key(r);
    const bool addressable = element || lastMemberIndex(container, key) == row;
    const bool changed = child->row != row || child->element != element || child->key != key
        || child->addressable != addressable;
    child->row = row;
    child->element = element;
    child->key = std::move(key);
    child->addressable = addressable;
    return changed;
}

void ScenarioModel::fill(Node *node, const Value &value)
{
    node->type = value.type();
    node->text = value.isString() || value.isNumber() ? value.text() : std::string();
    node->boolean = value.isBool() && value.boolean();
    node->children.clear();
    const std::size_t n = childCount(value);
    node->children.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        label(child.get(), value, static_cast<int>(i));
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

std::string ScenarioModel::pointerOf(const Node *node)
{
    std::vector<const Node *> chain;
    for (const Node *n = node; n && n->parent; n = n->parent)
        chain.push_back(n);
    std::string p;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->element)
            oci::json::appendPointerIndex(p, static_cast<std::size_t>((*it)->row));
        else
            oci::json::appendPointerToken(p, (*it)->key);
    }
    return p;
}

QString ScenarioModel::pointer(const QModelIndex &index) const
{
    return index.isValid() ? QString::fromStdString(pointerOf(nodeOf(index))) : QString();
}

ScenarioModel::Node *ScenarioModel::nodeForPointer(const QString &pointer) const
{
    Node *node = m_root.get();
    for (const std::string &token : JsonPointer::tokens(pointer.toStdString())) {
        Node *next = nullptr;
        if (node->type == Type::Object) {
            // The last member with the key, as pointer resolution picks.
            for (auto it = node->children.rbegin(); it != node->children.rend() && !next; ++it) {
                if ((*it)->key == token)
                    next = it->get();
            }
        } else if (node->type == Type::Array) {
            const long long row = JsonPointer::index(token);
            if (row >= 0 && static_cast<std::size_t>(row) < node->children.size())
                next = node->children[static_cast<std::size_t>(row)].get();
        }
        if (!next)
            return nullptr;
        node = next;
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
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == KeyColumn) {
            if (node->element)
                return std::stoi(node->key);
            return QString::fromStdString(node->key);
        }
        switch (node->type) {
        case Type::String:
        case Type::Number:
            return QString::fromStdString(node->text);
        case Type::Bool:
            if (role == Qt::EditRole)
                return node->boolean;
            return QString::fromLatin1(node->boolean ? "true" : "false");
        case Type::Null:
            return QStringLiteral("null");
        case Type::Array:
            return QStringLiteral("[%1]").arg(node->children.size());
        case Type::Object:
            return QStringLiteral("{%1}").arg(node->children.size());
        }
        return {};
    case OciRoles::InputPointerRole:
        return QString::fromStdString(pointerOf(node));
    case OciRoles::JsonTypeRole:
        return static_cast<int>(node->type);
    case OciRoles::AddressableRole:
        return node->addressable;
    }
    return {};
}

bool ScenarioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString p = pointer(index);
    const Value *old = m_document->value(p);
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
    return m_document->setValue(p, next);
}

Qt::ItemFlags ScenarioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid() || index.column() != ValueColumn)
        return f;
    const Node *node = nodeOf(index);
    const bool scalar = node->type == Type::String || node->type == Type::Number || node->type == Type::Bool;
    if (scalar && node->addressable)
        f |= Qt::ItemIsEditable;
    return f;
}

void ScenarioModel::sync(Node *node, const Value &value)
{
    bool changed = node->type != value.type();
    node->type = value.type();
    const std::string text = value.isString() || value.isNumber() ? value.text() : std::string();
    const bool boolean = value.isBool() && value.boolean();
    changed = changed || node->text != text || node->boolean != boolean;
    node->text = text;
    node->boolean = boolean;

    const std::size_t count = childCount(value);
    const QModelIndex parentIndex = indexOf(node);
    if (count != node->children.size()) {
        changed = true;
        if (!node->children.empty()) {
            beginRemoveRows(parentIndex, 0, static_cast<int>(node->children.size()) - 1);
            node->children.clear();
            endRemoveRows();
        }
        if (count > 0) {
            beginInsertRows(parentIndex, 0, static_cast<int>(count) - 1);
            const Type type = node->type;
            fill(node, value);
            node->type = type;
            endInsertRows();
        }
    } else {
        relabel(node, value, 0);
        for (std::size_t i = 0; i < count; ++i)
            sync(node->children[i].get(), value.at(i));
    }
    if (changed && node != m_root.get())
        Q_EMIT dataChanged(indexOf(node, KeyColumn), indexOf(node, ValueColumn));
}

void ScenarioModel::relabel(Node *node, const Value &container, int firstRow)
{
    for (std::size_t i = static_cast<std::size_t>(firstRow); i < node->children.size(); ++i) {
        Node *child = node->children[i].get();
        if (label(child, container, static_cast<int>(i)))
            Q_EMIT dataChanged(indexOf(child, KeyColumn), indexOf(child, ValueColumn));
    }
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
    const Value *v = node ? m_document->value(pointer) : nullptr;
    if (node && v)
        sync(node, *v);
}

void ScenarioModel::onRowInserted(const QString &containerPointer, int row)
{
    Node *node = nodeForPointer(containerPointer);
    const Value *container = node ? m_document->value(containerPointer) : nullptr;
    if (!container || row < 0 || static_cast<std::size_t>(row) > node->children.size()
        || static_cast<std::size_t>(row) >= childCount(*container))
        return;
    beginInsertRows(indexOf(node), row, row);
    auto child = std::make_unique<Node>();
    child->parent = node;
    label(child.get(), *container, row);
    fill(child.get(), container->at(static_cast<std::size_t>(row)));
    node->children.insert(node->children.begin() + row, std::move(child));
    renumber(node);
    endInsertRows();
    // Later elements have a new index, which is their key.
    relabel(node, *container, row + 1);
}

void ScenarioModel::onRowRemoved(const QString &containerPointer, int row)
{
    Node *node = nodeForPointer(containerPointer);
    const Value *container = node ? m_document->value(containerPointer) : nullptr;
    if (!container || row < 0 || static_cast<std::size_t>(row) >= node->children.size())
        return;
    beginRemoveRows(indexOf(node), row, row);
    node->children.erase(node->children.begin() + row);
    renumber(node);
    endRemoveRows();
    relabel(node, *container, row);
}
