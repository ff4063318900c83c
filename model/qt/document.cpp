#include "document.h"

#include "insertrowcommand.h"
#include "jsonpointer.h"
#include "jsonwriter.h"
#include "moverowcommand.h"
#include "removerowcommand.h"
#include "setvaluecommand.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

#include <algorithm>
#include <limits>

using oci::json::Type;
using oci::json::Value;

namespace {

// The position of the member a pointer token names: the last one with that
// key, as JSON Pointer resolution picks on a document with duplicates.
int lastMemberIndex(const Value &object, const std::string &key)
{
    for (std::size_t i = object.size(); i > 0; --i) {
        if (object.key(i - 1) == key)
            return static_cast<int>(i - 1);
    }
    return -1;
}

// Value has no keyed insert-at, so the object is rebuilt around the new member.
void insertMember(Value &object, int position, const std::string &key, const Value &value)
{
    const std::size_t at = position < 0 ? object.size() : std::min(object.size(), static_cast<std::size_t>(position));
    Value rebuilt(Type::Object, object.offset());
    rebuilt.reserve(object.size() + 1);
    for (std::size_t i = 0; i < object.size(); ++i) {
        if (i == at)
            rebuilt.insert(key, value);
        rebuilt.insert(object.key(i), std::move(object.at(i)));
    }
    if (at == object.size())
        rebuilt.insert(key, value);
    object = std::move(rebuilt);
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_root(Type::Object)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

const Value *Document::value(const QString &pointer) const
{
    return oci::json::resolvePointer(m_root, pointer.toStdString());
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::readWholeFile(const QString &path, QByteArray *data, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Document::load(const QString &path, QString *errorMessage)
{
    QByteArray data;
    if (!readWholeFile(path, &data, errorMessage))
        return false;
    Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), root, error)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1:%2:%3: %4")
                                .arg(path)
                                .arg(error.location.line)
                                .arg(error.location.column)
                                .arg(QString::fromStdString(error.message));
        return false;
    }
    replaceAll(std::move(root), QFileInfo(path).absoluteFilePath(), QString());
    return true;
}

bool Document::loadData(const QByteArray &data, const QString &name, QString *errorMessage)
{
    Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), root, error)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1:%2:%3: %4")
                                .arg(name)
                                .arg(error.location.line)
                                .arg(error.location.column)
                                .arg(QString::fromStdString(error.message));
        return false;
    }
    replaceAll(std::move(root), QString(), name);
    return true;
}

void Document::restore(Value root, const QString &filePath, const QString &untitledName)
{
    replaceAll(std::move(root), filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath(),
               filePath.isEmpty() ? untitledName : QString());
    // Unsaved work: closing asks to save it, and it is autosaved again.
    m_undoStack->resetClean();
}

void Document::replaceAll(Value root, const QString &filePath, const QString &untitledName)
{
    m_root = std::move(root);
    m_untitledName = untitledName;
    const bool pathChanged = m_filePath != filePath;
    m_filePath = filePath;
    // The old history edits another document; clear() also marks this clean.
    m_undoStack->clear();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT changed(QString());
}

QByteArray Document::toJson() const
{
    return JsonWriter::pretty(m_root);
}

bool Document::save(QString *errorMessage)
{
    if (m_filePath.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The document has no file name yet.");
        return false;
    }
    if (!writeTo(m_filePath, errorMessage))
        return false;
    m_undoStack->setClean();
    return true;
}

bool Document::saveAs(const QString &path, QString *errorMessage)
{
    if (!writeTo(path, errorMessage))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    return true;
}

bool Document::writeTo(const QString &path, QString *errorMessage) const
{
    // QSaveFile writes a temporary file and renames it over the old one
    // only when everything was written: a failure leaves the old file as it
    // was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage) {
            // The folder's problems said plainly: the system's message for
            // them ("No such file or directory") names neither.
            const QFileInfo folder(QFileInfo(path).absolutePath());
            if (!folder.exists())
                *errorMessage = tr("%1: cannot write: the folder %2 does not exist (any more).")
                                    .arg(path, folder.filePath());
            else if (!folder.isDir())
                *errorMessage = tr("%1: cannot write: %2 is not a folder.").arg(path, folder.filePath());
            else
                *errorMessage = tr("%1: cannot write: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray data = toJson();
    // flush() first: commit() (Qt 6.4) does not check the flush it makes
    // on closing, and would rename a truncated file over the old one when
    // the disk is full.
    if (file.write(data) != data.size() || !file.flush() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

Value *Document::mutableValue(const std::string &pointer)
{
    // resolvePointer() only reads; the value it finds is ours to change.
    return const_cast<Value *>(oci::json::resolvePointer(m_root, pointer));
}

bool Document::setValue(const QString &pointer, const Value &value)
{
    const std::string p = pointer.toStdString();
    if (p.empty()) {
        m_undoStack->push(new SetValueCommand(this, p, m_root, value, -1));
        return true;
    }
    const Value *parent = oci::json::resolvePointer(m_root, JsonPointer::parent(p));
    if (!parent)
        return false;
    const std::string token = JsonPointer::lastToken(p);
    if (parent->isObject()) {
        const int at = lastMemberIndex(*parent, token);
        std::optional<Value> old;
        if (at >= 0)
            old = parent->at(static_cast<std::size_t>(at));
        m_undoStack->push(new SetValueCommand(this, p, std::move(old), value, at));
        return true;
    }
    if (parent->isArray()) {
        const long long index = JsonPointer::index(token);
        if (index < 0 || static_cast<std::size_t>(index) >= parent->size())
            return false;
        m_undoStack->push(new SetValueCommand(this, p, parent->at(static_cast<std::size_t>(index)), value, -1));
        return true;
    }
    return false;
}

bool Document::removeValue(const QString &pointer)
{
    const std::string p = pointer.toStdString();
    if (p.empty())
        return false;
    const std::string parentPointer = JsonPointer::parent(p);
    const Value *parent = oci::json::resolvePointer(m_root, parentPointer);
    if (!parent)
        return false;
    const std::string token = JsonPointer::lastToken(p);
    if (parent->isObject()) {
        const int at = lastMemberIndex(*parent, token);
        if (at < 0)
            return false;
        m_undoStack->push(new SetValueCommand(this, p, parent->at(static_cast<std::size_t>(at)), std::nullopt, at));
        return true;
    }
    if (parent->isArray()) {
        const long long index = JsonPointer::index(token);
        if (index < 0 || index > std::numeric_limits<int>::max())
            return false;
        return removeRow(QString::fromStdString(parentPointer), static_cast<int>(index));
    }
    return false;
}

bool Document::insertRow(const QString &arrayPointer, int index, const Value &value)
{
    const std::string p = arrayPointer.toStdString();
    const Value *array = oci::json::resolvePointer(m_root, p);
    if (!array || !array->isArray() || index < 0 || static_cast<std::size_t>(index) > array->size())
        return false;
    m_undoStack->push(new InsertRowCommand(this, p, index, value));
    return true;
}

bool Document::removeRow(const QString &arrayPointer, int index)
{
    const std::string p = arrayPointer.toStdString();
    const Value *array = oci::json::resolvePointer(m_root, p);
    if (!array || !array->isArray() || index < 0 || static_cast<std::size_t>(index) >= array->size())
        return false;
    m_undoStack->push(new RemoveRowCommand(this, p, index, array->at(static_cast<std::size_t>(index))));
    return true;
}

bool Document::moveRow(const QString &arrayPointer, int from, int to)
{
    const std::string p = arrayPointer.toStdString();
    const Value *array = oci::json::resolvePointer(m_root, p);
    if (!array || !array->isArray() || from < 0 || to < 0 || static_cast<std::size_t>(from) >= array->size()
        || static_cast<std::size_t>(to) >= array->size() || from == to)
        return false;
    m_undoStack->push(new MoveRowCommand(this, p, from, to));
    return true;
}

bool Document::setValueCreatingPath(const QString &pointer, const Value &value)
{
    const std::string p = pointer.toStdString();
    // The deepest existing ancestor decides: the first missing member below
    // it is set to the chain of objects that ends in `value`.
    const std::vector<std::string> tokens = JsonPointer::tokens(p);
    const Value *node = &m_root;
    std::string existing;
    std::size_t depth = 0;
    for (; depth + 1 < tokens.size(); ++depth) {
        const Value *next = nullptr;
        if (node->isObject())
            next = node->find(tokens[depth]);
        else if (node->isArray()) {
            const long long i = JsonPointer::index(tokens[depth]);
            if (i < 0 || static_cast<std::size_t>(i) >= node->size())
                return false;
            next = &node->at(static_cast<std::size_t>(i));
        } else {
            return false;
        }
        if (!next || next->isNull())
            break;
        node = next;
        oci::json::appendPointerToken(existing, tokens[depth]);
    }
    if (depth + 1 >= tokens.size())
        return setValue(pointer, value);
    if (!node->isObject())
        return false;
    Value nested = value;
    for (std::size_t i = tokens.size() - 1; i > depth; --i) {
        Value object(Type::Object);
        object.insert(tokens[i], std::move(nested));
        nested = std::move(object);
    }
    std::string top = existing;
    oci::json::appendPointerToken(top, tokens[depth]);
    const int at = lastMemberIndex(*node, tokens[depth]);
    std::optional<Value> old;
    if (at >= 0)
        old = node->at(static_cast<std::size_t>(at)); // a null being replaced
    auto *command = new SetValueCommand(this, top, std::move(old), std::move(nested), at);
    command->setLeafPointer(p);
    m_undoStack->push(command);
    return true;
}

QString Document::resolveFolded(const QString &pointer) const
{
    const std::vector<std::string> tokens = JsonPointer::tokens(pointer.toStdString());
    std::string out;
    const Value *node = &m_root;
    for (const std::string &token : tokens) {
        if (node && node->isObject()) {
            int at = lastMemberIndex(*node, token);
            if (at < 0) {
                for (std::size_t i = node->size(); i > 0 && at < 0; --i) {
                    if (oci::json::equalFold(node->key(i - 1), token))
                        at = static_cast<int>(i - 1);
                }
            }
            if (at >= 0) {
                oci::json::appendPointerToken(out, node->key(static_cast<std::size_t>(at)));
                node = &node->at(static_cast<std::size_t>(at));
                continue;
            }
            node = nullptr;
        } else if (node && node->isArray()) {
            const long long i = JsonPointer::index(token);
            node = i >= 0 && static_cast<std::size_t>(i) < node->size() ? &node->at(static_cast<std::size_t>(i)) : nullptr;
        } else {
            node = nullptr;
        }
        oci::json::appendPointerToken(out, token);
    }
    return QString::fromStdString(out);
}

void Document::applySet(const std::string &pointer, const std::optional<Value> &value, int memberIndex)
{
    if (pointer.empty()) {
        m_root = value ? *value : Value(Type::Object);
        Q_EMIT changed(QString());
        return;
    }
    const std::string parentPointer = JsonPointer::parent(pointer);
    Value *parent = mutableValue(parentPointer);
    // Commands are only made for pointers whose parent exists, and the
    // history replays them in order, so the parent is still there.
    Q_ASSERT(parent);
    if (!parent)
        return;
    const std::string token = JsonPointer::lastToken(pointer);
    const QString parentQ = QString::fromStdString(parentPointer);
    if (parent->isObject()) {
        const int at = lastMemberIndex(*parent, token);
        if (value && at >= 0) {
            parent->at(static_cast<std::size_t>(at)) = *value;
            Q_EMIT changed(QString::fromStdString(pointer));
        } else if (value) {
            insertMember(*parent, memberIndex, token, *value);
            Q_EMIT rowInserted(parentQ, lastMemberIndex(*parent, token));
            Q_EMIT changed(parentQ);
        } else if (at >= 0) {
            parent->erase(static_cast<std::size_t>(at));
            Q_EMIT rowRemoved(parentQ, at);
            Q_EMIT changed(parentQ);
        }
        return;
    }
    if (parent->isArray() && value) {
        const long long index = JsonPointer::index(token);
        if (index >= 0 && static_cast<std::size_t>(index) < parent->size()) {
            parent->at(static_cast<std::size_t>(index)) = *value;
            Q_EMIT changed(QString::fromStdString(pointer));
        }
    }
}

void Document::applyInsert(const std::string &arrayPointer, int index, const Value &value)
{
    Value *array = mutableValue(arrayPointer);
    Q_ASSERT(array && array->isArray());
    if (!array || !array->isArray())
        return;
    auto &items = array->items();
    const auto at = std::min(items.size(), static_cast<std::size_t>(index));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), value);
    const QString p = QString::fromStdString(arrayPointer);
    Q_EMIT rowInserted(p, static_cast<int>(at));
    Q_EMIT changed(p);
}

void Document::applyRemove(const std::string &arrayPointer, int index)
{
    Value *array = mutableValue(arrayPointer);
    Q_ASSERT(array && array->isArray());
    if (!array || !array->isArray() || index < 0 || static_cast<std::size_t>(index) >= array->size())
        return;
    array->erase(static_cast<std::size_t>(index));
    const QString p = QString::fromStdString(arrayPointer);
    Q_EMIT rowRemoved(p, index);
    Q_EMIT changed(p);
}
