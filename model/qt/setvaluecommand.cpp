#include "setvaluecommand.h"

#include "document.h"
#include "jsonpointer.h"

namespace {
constexpr int SetValueCommandId = 0x5e7; // any value unique among the project's commands

using oci::json::Value;

// Sets (or removes) the value `relative` names below `root`; false when a
// step of the way is missing.
bool setBelow(Value &root, const std::string &relative, const std::optional<Value> &value)
{
    const std::vector<std::string> tokens = JsonPointer::tokens(relative);
    Value *node = &root;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const bool last = i + 1 == tokens.size();
        if (node->isObject()) {
            Value *child = node->find(tokens[i]);
            if (last) {
                if (!value) {
                    for (std::size_t k = node->size(); k > 0; --k) {
                        if (node->key(k - 1) == tokens[i]) {
                            node->erase(k - 1);
                            break;
                        }
                    }
                } else if (child) {
                    *child = *value;
                } else {
                    node->insert(tokens[i], *value);
                }
                return true;
            }
            if (!child)
                return false;
            node = child;
        } else if (node->isArray()) {
            const long long index = JsonPointer::index(tokens[i]);
            if (index < 0 || static_cast<std::size_t>(index) >= node->size())
                return false;
            if (last) {
                if (!value)
                    return false;
                node->at(static_cast<std::size_t>(index)) = *value;
                return true;
            }
            node = &node->at(static_cast<std::size_t>(index));
        } else {
            return false;
        }
    }
    return false;
}

// Objects holding nothing but empty objects: what is left of parents made
// for a field once the field is cleared again.
bool onlyEmptyObjects(const Value &v)
{
    if (!v.isObject())
        return false;
    for (const Value &child : v.items()) {
        if (!onlyEmptyObjects(child))
            return false;
    }
    return true;
}

} // namespace

SetValueCommand::SetValueCommand(Document *document, std::string pointer, std::optional<oci::json::Value> oldValue,
                                 std::optional<oci::json::Value> newValue, int memberIndex, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pointer(std::move(pointer))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_memberIndex(memberIndex)
{
    updateText();
}

void SetValueCommand::redo()
{
    m_document->applySet(m_pointer, m_new, m_memberIndex);
}

void SetValueCommand::undo()
{
    m_document->applySet(m_pointer, m_old, m_memberIndex);
}

int SetValueCommand::id() const
{
    return SetValueCommandId;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (next->m_pointer == m_pointer) {
        m_new = next->m_new;
    } else if (!m_leaf.empty() && next->m_pointer == m_leaf && m_new) {
        Value updated = *m_new;
        if (!setBelow(updated, m_leaf.substr(m_pointer.size()), next->m_new))
            return false;
        m_new = std::move(updated);
        if (!m_old && onlyEmptyObjects(*m_new)) {
            // Undoing must not leave the empty parents behind either.
            m_document->applySet(m_pointer, std::nullopt, m_memberIndex);
            m_new.reset();
        }
    } else {
        return false;
    }
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_new == m_old);
    updateText();
    return true;
}

void SetValueCommand::updateText()
{
    const QString pointer = QString::fromStdString(m_pointer);
    if (!m_new)
        setText(tr("Remove %1").arg(pointer));
    else if (!m_old)
        setText(tr("Add %1").arg(pointer));
    else
        setText(tr("Set %1").arg(pointer));
}
