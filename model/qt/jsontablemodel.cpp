#include "jsontablemodel.h"

#include "document.h"
#include "gojson.h"
#include "jsonpointer.h"
#include "roles.h"

#include <QUndoStack>

using oci::json::Type;
using oci::json::Value;

namespace {

// The member Go would decode `key` from: the last exact match, else the last
// case-insensitive one. -1 when none.
int foldedMember(const Value &object, std::string_view key)
{
    for (std::size_t i = object.size(); i > 0; --i) {
        if (object.key(i - 1) == key)
            return static_cast<int>(i - 1);
    }
    for (std::size_t i = object.size(); i > 0; --i) {
        if (oci::json::equalFold(object.key(i - 1), key))
            return static_cast<int>(i - 1);
    }
    return -1;
}

int lastMember(const Value &object, std::string_view key)
{
    for (std::size_t i = object.size(); i > 0; --i) {
        if (object.key(i - 1) == key)
            return static_cast<int>(i - 1);
    }
    return -1;
}

bool isAtOrBelow(const QString &pointer, const QString &base)
{
    return pointer == base || (pointer.startsWith(base) && pointer.at(base.size()) == QLatin1Char('/'));
}

QString compactText(const Value &v)
{
    std::string out;
    oci::gojson::appendValue(out, v);
    return QString::fromStdString(out);
}

Value emptyOf(JsonTableModel::Kind kind)
{
    switch (kind) {
    case JsonTableModel::Kind::NullableString:
        return Value(Type::Null);
    case JsonTableModel::Kind::Integer:
        return Value::makeNumber("0");
    case JsonTableModel::Kind::Bool:
        return Value::makeBool(false);
    case JsonTableModel::Kind::StringList:
        return Value(Type::Array);
    case JsonTableModel::Kind::Json:
        return Value(Type::Null);
    case JsonTableModel::Kind::Key:
    case JsonTableModel::Kind::String:
        break;
    }
    return Value::makeString(std::string());
}

// Several document edits that make one user action.
class Macro
{
public:
    Macro(Document *document, const QString &text, bool active)
        : m_stack(active ? document->undoStack() : nullptr)
    {
        if (m_stack)
            m_stack->beginMacro(text);
    }
    ~Macro()
    {
        if (m_stack)
            m_stack->endMacro();
    }
    Macro(const Macro &) = delete;
    Macro &operator=(const Macro &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace

JsonTableModel::JsonTableModel(Document *document, const QString &pointer, const QList<Column> &columns,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_pointer(pointer)
    , m_columns(columns)
{
    for (const Column &c : m_columns) {
        if (c.kind == Kind::Key)
            m_object = true;
    }
    m_resolved = m_document->resolveFolded(m_pointer);
    m_rows = readRows();
    connect(m_document, &Document::changed, this, &JsonTableModel::onChanged);
    connect(m_document, &Document::rowInserted, this, &JsonTableModel::onRowInserted);
    connect(m_document, &Document::rowRemoved, this, &JsonTableModel::onRowRemoved);
}

JsonTableModel::~JsonTableModel() = default;

std::vector<JsonTableModel::Row> JsonTableModel::readRows() const
{
    std::vector<Row> rows;
    const Value *container = m_document->value(m_resolved);
    if (!container)
        return rows;
    if (m_object && container->isObject()) {
        rows.reserve(container->size());
        for (std::size_t i = 0; i < container->size(); ++i)
            rows.push_back({container->key(i), container->at(i)});
    } else if (!m_object && container->isArray()) {
        rows.reserve(container->size());
        for (const Value &v : container->items())
            rows.push_back({std::string(), v});
    }
    return rows;
}

QString JsonTableModel::rowPointer(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return QString();
    std::string p = m_resolved.toStdString();
    if (m_object)
        oci::json::appendPointerToken(p, m_rows[static_cast<std::size_t>(row)].key);
    else
        oci::json::appendPointerIndex(p, static_cast<std::size_t>(row));
    return QString::fromStdString(p);
}

std::string JsonTableModel::relativePointer(const Row &row, const Column &column) const
{
    // Spelled as the row spells its keys, so an edit lands on the member Go
    // reads rather than adding a differently-cased twin.
    std::string out;
    const Value *node = &row.value;
    for (const std::string &token : JsonPointer::tokens(QStringLiteral("/%1").arg(column.key).toStdString())) {
        if (node && node->isObject()) {
            const int at = foldedMember(*node, token);
            if (at >= 0) {
                oci::json::appendPointerToken(out, node->key(static_cast<std::size_t>(at)));
                node = &node->at(static_cast<std::size_t>(at));
                continue;
            }
        }
        node = nullptr;
        oci::json::appendPointerToken(out, token);
    }
    return out;
}

QString JsonTableModel::cellPointer(int row, int column) const
{
    const QString base = rowPointer(row);
    if (base.isEmpty() || column < 0 || column >= m_columns.size())
        return base;
    const Column &c = m_columns.at(column);
    if (c.kind == Kind::Key || c.key.isEmpty())
        return base;
    return base + QString::fromStdString(relativePointer(m_rows[static_cast<std::size_t>(row)], c));
}

int JsonTableModel::rowForPointer(const QString &inputPointer) const
{
    if (!m_document)
        return -1;
    const QString resolved = m_document->resolveFolded(inputPointer);
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        if (isAtOrBelow(resolved, rowPointer(row)))
            return row;
    }
    return -1;
}

int JsonTableModel::columnForPointer(int row, const QString &inputPointer) const
{
    if (!m_document)
        return -1;
    const QString resolved = m_document->resolveFolded(inputPointer);
    int best = -1;
    int bestLength = -1;
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString cell = cellPointer(row, column);
        if (!cell.isEmpty() && isAtOrBelow(resolved, cell) && cell.size() > bestLength) {
            best = column;
            bestLength = static_cast<int>(cell.size());
        }
    }
    return best;
}

const Value *JsonTableModel::cellValue(const Row &row, const Column &column) const
{
    const Value *node = &row.value;
    if (column.key.isEmpty())
        return node;
    for (const std::string &token : JsonPointer::tokens(QStringLiteral("/%1").arg(column.key).toStdString())) {
        if (!node->isObject())
            return nullptr;
        const int at = foldedMember(*node, token);
        if (at < 0)
            return nullptr;
        node = &node->at(static_cast<std::size_t>(at));
    }
    return node;
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString JsonTableModel::listText(const Value &array)
{
    if (!array.isArray())
        return compactText(array);
    QStringList parts;
    for (const Value &v : array.items()) {
        const QString s = QString::fromStdString(v.text());
        // Elements a comma list cannot carry are shown as JSON, exactly.
        if (!v.isString() || s.contains(QLatin1Char(',')) || s != s.trimmed() || s.isEmpty()
            || (parts.isEmpty() && s.startsWith(QLatin1Char('['))))
            return compactText(array);
        parts.append(s);
    }
    return parts.join(QStringLiteral(", "));
}

bool JsonTableModel::parseList(const QString &text, Value &out)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        Value parsed;
        oci::json::ParseError error;
        const QByteArray utf8 = trimmed.toUtf8();
        if (!oci::json::parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), parsed, error)
            || !parsed.isArray())
            return false;
        for (const Value &v : parsed.items()) {
            if (!v.isString())
                return false;
        }
        out = std::move(parsed);
        return true;
    }
    out = Value(Type::Array);
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(Value::makeString(item.toStdString()));
    }
    return true;
}

bool JsonTableModel::parseInteger(const QString &text, Value &out)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    qsizetype i = t.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i == t.size())
        return false;
    for (; i < t.size(); ++i) {
        if (!t.at(i).isDigit() || t.at(i).unicode() > 127)
            return false;
    }
    // JSON has no leading zeros; "007" is written 7.
    QString digits = t;
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (negative && digits != QLatin1String("0"))
        digits.prepend(QLatin1Char('-'));
    out = Value::makeNumber(digits.toStdString());
    return true;
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const Column &column = m_columns.at(index.column());
    if (role == OciRoles::InputPointerRole)
        return cellPointer(index.row(), index.column());
    if (role == OciRoles::NullableRole)
        return column.kind == Kind::NullableString;
    if (column.kind == Kind::Key) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(row.key);
        return {};
    }
    const Value *v = cellValue(row, column);
    if (role == OciRoles::NullRole)
        return v && v->isNull();
    if (role == OciRoles::JsonTypeRole)
        return v ? static_cast<int>(v->type()) : QVariant();
    if (column.kind == Kind::Bool) {
        if (role == Qt::CheckStateRole)
            return v && v->isBool() && v->boolean() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!v || v->isNull())
        return QString();
    switch (column.kind) {
    case Kind::StringList:
        return listText(*v);
    case Kind::Json:
        return compactText(*v);
    default:
        break;
    }
    if (v->isString() || v->isNumber())
        return QString::fromStdString(v->text());
    return compactText(*v);
}

Qt::ItemFlags JsonTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_columns.at(index.column()).kind == Kind::Bool)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

bool JsonTableModel::writeCell(int row, int column, const Value &value)
{
    const Column &c = m_columns.at(column);
    if (c.key.isEmpty())
        return m_document->setValue(rowPointer(row), value);
    return m_document->setValueCreatingPath(cellPointer(row, column), value);
}

bool JsonTableModel::removeCell(int row, int column)
{
    const Column &c = m_columns.at(column);
    if (c.key.isEmpty())
        return m_document->setValue(rowPointer(row), Value::makeString(std::string()));
    const QString pointer = cellPointer(row, column);
    if (!m_document->value(pointer))
        return true;
    return m_document->removeValue(pointer);
}

bool JsonTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Document *const doc = m_document;
    if (!doc)
        return false;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    const Column &column = m_columns.at(index.column());
    const Row &row = m_rows[static_cast<std::size_t>(r)];
    if (column.kind == Kind::Bool) {
        if (role != Qt::CheckStateRole)
            return false;
        return writeCell(r, index.column(), Value::makeBool(value.toInt() == Qt::Checked));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (data(index, Qt::EditRole).toString() == text && !(text.isEmpty() && data(index, OciRoles::NullRole).toBool()))
        return true;
    switch (column.kind) {
    case Kind::Key: {
        const std::string key = text.toStdString();
        if (key == row.key)
            return true;
        if (lastMember(m_document->value(m_resolved) ? *m_document->value(m_resolved) : Value(), key) >= 0)
            return false; // a map holds each key once
        const Value moved = row.value;
        std::string newPointer = m_resolved.toStdString();
        oci::json::appendPointerToken(newPointer, key);
        Macro macro(doc, tr("Rename %1").arg(QString::fromStdString(row.key)), true);
        m_document->removeValue(rowPointer(r));
        return m_document->setValue(QString::fromStdString(newPointer), moved);
    }
    case Kind::String:
    case Kind::NullableString:
        return writeCell(r, index.column(), Value::makeString(text.toStdString()));
    case Kind::Integer: {
        if (text.trimmed().isEmpty())
            return removeCell(r, index.column());
        Value number;
        if (!parseInteger(text, number))
            return false;
        return writeCell(r, index.column(), number);
    }
    case Kind::StringList: {
        Value list;
        if (!parseList(text, list))
            return false;
        return writeCell(r, index.column(), list);
    }
    case Kind::Json: {
        Value parsed;
        oci::json::ParseError error;
        const QByteArray utf8 = text.toUtf8();
        if (!oci::json::parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), parsed, error))
            return false;
        return writeCell(r, index.column(), parsed);
    }
    case Kind::Bool:
        break;
    }
    return false;
}

bool JsonTableModel::setNull(const QModelIndex &index)
{
    if (!m_document)
        return false;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (data(index, OciRoles::NullRole).toBool())
        return true;
    return writeCell(index.row(), index.column(), Value(Type::Null));
}

void JsonTableModel::setRowTemplate(const Value &value)
{
    m_template = value;
    m_hasTemplate = true;
}

Value JsonTableModel::templateValue() const
{
    if (m_hasTemplate)
        return m_template;
    Value object(Type::Object);
    for (const Column &c : m_columns) {
        if (c.kind == Kind::Key)
            continue;
        if (c.key.isEmpty())
            return emptyOf(c.kind);
        if (!c.key.contains(QLatin1Char('/')))
            object.insert(c.key.toStdString(), emptyOf(c.kind));
    }
    return object;
}

bool JsonTableModel::appendRow(const Value &value, const QString &key)
{
    if (!m_document)
        return false;
    const Value *container = m_document->value(m_resolved);
    if (m_object) {
        std::string p = m_resolved.toStdString();
        oci::json::appendPointerToken(p, key.toStdString());
        if (container && container->isObject() && lastMember(*container, key.toStdString()) >= 0)
            return false;
        return m_document->setValueCreatingPath(QString::fromStdString(p), value);
    }
    if (container && container->isArray())
        return m_document->insertRow(m_resolved, static_cast<int>(container->size()), value);
    Value array(Type::Array);
    array.append(value);
    return m_document->setValueCreatingPath(m_resolved, array);
}

bool JsonTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    Document *const doc = m_document;
    if (!doc)
        return false;
    if (parent.isValid() || count < 1 || row < 0 || row > rowCount())
        return false;
    if (m_object) {
        // New members get an empty key for the user to name; there is room
        // for one such member at a time.
        return count == 1 && appendRow(templateValue(), QString());
    }
    Macro macro(doc, tr("Insert into %1").arg(m_resolved), count > 1);
    for (int i = 0; i < count; ++i) {
        const Value *container = m_document->value(m_resolved);
        if (container && container->isArray()) {
            if (!m_document->insertRow(m_resolved, row + i, templateValue()))
                return false;
        } else if (!appendRow(templateValue())) {
            return false;
        }
    }
    return true;
}

bool JsonTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    Document *const doc = m_document;
    if (!doc)
        return false;
    if (parent.isValid() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    Macro macro(doc, tr("Remove from %1").arg(m_resolved), count > 1);
    for (int i = row + count - 1; i >= row; --i) {
        const bool ok = m_object ? m_document->removeValue(rowPointer(i)) : m_document->removeRow(m_resolved, i);
        if (!ok)
            return false;
    }
    return true;
}

bool JsonTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document)
        return false;
    if (m_object || sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Qt names the row the moved one goes before; the document the index
    // it ends up at.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return m_document->moveRow(m_resolved, sourceRow, to);
}

void JsonTableModel::fullSync()
{
    m_resolved = m_document->resolveFolded(m_pointer);
    std::vector<Row> rows = readRows();
    if (rows == m_rows)
        return;
    const int oldCount = static_cast<int>(m_rows.size());
    const int newCount = static_cast<int>(rows.size());
    if (oldCount == newCount) {
        for (int i = 0; i < newCount; ++i) {
            if (rows[static_cast<std::size_t>(i)] == m_rows[static_cast<std::size_t>(i)])
                continue;
            m_rows[static_cast<std::size_t>(i)] = std::move(rows[static_cast<std::size_t>(i)]);
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
    } else if (oldCount == 0) {
        beginInsertRows(QModelIndex(), 0, newCount - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else if (newCount == 0) {
        beginRemoveRows(QModelIndex(), 0, oldCount - 1);
        m_rows.clear();
        endRemoveRows();
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
}

void JsonTableModel::onChanged(const QString &pointer)
{
    if (pointer.isEmpty() || isAtOrBelow(m_resolved, pointer)) {
        fullSync();
        return;
    }
    if (!isAtOrBelow(pointer, m_resolved))
        return;
    // A value inside one row changed: refresh that row.
    const std::string rest = pointer.mid(m_resolved.size()).toStdString();
    const std::vector<std::string> tokens = JsonPointer::tokens(rest);
    if (tokens.empty())
        return;
    const Value *container = m_document->value(m_resolved);
    int row = -1;
    if (m_object && container && container->isObject())
        row = lastMember(*container, tokens.front());
    else if (!m_object && container && container->isArray())
        row = static_cast<int>(JsonPointer::index(tokens.front()));
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()
        || static_cast<std::size_t>(row) >= container->size()) {
        fullSync();
        return;
    }
    Row fresh{m_object ? container->key(static_cast<std::size_t>(row)) : std::string(),
              container->at(static_cast<std::size_t>(row))};
    if (fresh == m_rows[static_cast<std::size_t>(row)])
        return;
    m_rows[static_cast<std::size_t>(row)] = std::move(fresh);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void JsonTableModel::onRowInserted(const QString &container, int index)
{
    if (container != m_resolved)
        return;
    const Value *c = m_document->value(m_resolved);
    if (!c || (m_object ? !c->isObject() : !c->isArray()) || index < 0 || static_cast<std::size_t>(index) >= c->size()
        || static_cast<std::size_t>(index) > m_rows.size() || c->size() != m_rows.size() + 1) {
        fullSync();
        return;
    }
    beginInsertRows(QModelIndex(), index, index);
    m_rows.insert(m_rows.begin() + index,
                  Row{m_object ? c->key(static_cast<std::size_t>(index)) : std::string(),
                      c->at(static_cast<std::size_t>(index))});
    endInsertRows();
}

void JsonTableModel::onRowRemoved(const QString &container, int index)
{
    if (container != m_resolved)
        return;
    const Value *c = m_document->value(m_resolved);
    if (index < 0 || static_cast<std::size_t>(index) >= m_rows.size() || (c && c->size() + 1 != m_rows.size())) {
        fullSync();
        return;
    }
    beginRemoveRows(QModelIndex(), index, index);
    m_rows.erase(m_rows.begin() + index);
    endRemoveRows();
}
