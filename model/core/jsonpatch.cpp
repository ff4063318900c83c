#include "jsonpatch.h"

#include "gojson.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_map>

namespace oci::jsonpatch {

namespace {

using json::Type;
using json::Value;

// Objects by "the last of duplicated keys counts": the index of each key's
// last occurrence, in first-appearance order of those last occurrences.
std::vector<std::size_t> lastMembers(const Value &object)
{
    std::vector<std::size_t> out;
    out.reserve(object.size());
    for (std::size_t i = 0; i < object.size(); ++i) {
        bool later = false;
        for (std::size_t j = i + 1; j < object.size() && !later; ++j)
            later = object.key(j) == object.key(i);
        if (!later)
            out.push_back(i);
    }
    return out;
}

bool hasDuplicateKeys(const Value &object)
{
    return lastMembers(object).size() != object.size();
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    // boost::hash_combine, 64-bit.
    return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 12) + (h >> 4));
}

// Equal for equivalent() values: object members are combined without order.
std::uint64_t hashValue(const Value &v)
{
    std::uint64_t h = static_cast<std::uint64_t>(v.type()) + 1;
    switch (v.type()) {
    case Type::Null:
        break;
    case Type::Bool:
        h = mix(h, v.boolean() ? 2 : 1);
        break;
    case Type::Number:
    case Type::String:
        h = mix(h, std::hash<std::string>()(v.text()));
        break;
    case Type::Array:
        for (const auto &e : v.items())
            h = mix(h, hashValue(e));
        break;
    case Type::Object: {
        std::uint64_t sum = 0;
        for (std::size_t i : lastMembers(v))
            sum += mix(std::hash<std::string>()(v.key(i)), hashValue(v.at(i)));
        h = mix(h, sum);
        break;
    }
    }
    return h;
}

std::string child(const std::string &base, std::string_view key)
{
    std::string p = base;
    json::appendPointerToken(p, key);
    return p;
}

std::string childIndex(const std::string &base, std::size_t index)
{
    std::string p = base;
    json::appendPointerIndex(p, index);
    return p;
}

void diffValues(const Value &a, const Value &b, const std::string &path, Patch &out);

// Two elements the array alignment put in the same place: patched below
// when they still have something in common, else replaced whole.
void diffPaired(const Value &a, const Value &b, const std::string &path, Patch &out)
{
    if (a.isObject() && b.isObject()) {
        bool shared = false;
        for (std::size_t i : lastMembers(a)) {
            const Value *other = b.find(a.key(i));
            if (other && equivalent(a.at(i), *other)) {
                shared = true;
                break;
            }
        }
        if (!shared) {
            out.push_back({Op::Replace, path, {}, b});
            return;
        }
    }
    diffValues(a, b, path, out);
}

void diffArrays(const Value &a, const Value &b, const std::string &path, Patch &out)
{
    const std::size_t n = a.size(), m = b.size();
    std::size_t prefix = 0;
    while (prefix < n && prefix < m && equivalent(a.at(prefix), b.at(prefix)))
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && equivalent(a.at(n - 1 - suffix), b.at(m - 1 - suffix)))
        ++suffix;
    const std::size_t an = n - prefix - suffix, bm = m - prefix - suffix;

    // The alignment of the middle parts: for each element, kept or not.
    std::vector<char> keepA(an, 0), keepB(bm, 0);
    if (an > 0 && bm > 0 && an * bm <= 4'000'000) {
        std::vector<std::uint64_t> ha(an), hb(bm);
        for (std::size_t i = 0; i < an; ++i)
            ha[i] = hashValue(a.at(prefix + i));
        for (std::size_t j = 0; j < bm; ++j)
            hb[j] = hashValue(b.at(prefix + j));
        auto same = [&](std::size_t i, std::size_t j) {
            return ha[i] == hb[j] && equivalent(a.at(prefix + i), b.at(prefix + j));
        };
        // lcs[i][j]: LCS length of a[i..] and b[j..].
        std::vector<std::uint32_t> lcs((an + 1) * (bm + 1), 0);
        auto cell = [&](std::size_t i, std::size_t j) -> std::uint32_t & { return lcs[i * (bm + 1) + j]; };
        for (std::size_t i = an; i-- > 0;)
            for (std::size_t j = bm; j-- > 0;)
                cell(i, j) = same(i, j) ? cell(i + 1, j + 1) + 1 : std::max(cell(i + 1, j), cell(i, j + 1));
        for (std::size_t i = 0, j = 0; i < an && j < bm;) {
            if (same(i, j) && cell(i, j) == cell(i + 1, j + 1) + 1) {
                keepA[i++] = 1;
                keepB[j++] = 1;
            } else if (cell(i + 1, j) >= cell(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    // Walk the alignment; `at` is the index in the array as patched so far.
    std::size_t at = prefix;
    std::size_t i = 0, j = 0;
    while (i < an || j < bm) {
        if (i < an && j < bm && keepA[i] && keepB[j]) {
            ++i;
            ++j;
            ++at;
            continue;
        }
        std::size_t dels = 0, ins = 0;
        while (i + dels < an && !keepA[i + dels])
            ++dels;
        while (j + ins < bm && !keepB[j + ins])
            ++ins;
        const std::size_t paired = std::min(dels, ins);
        for (std::size_t k = 0; k < paired; ++k, ++at)
            diffPaired(a.at(prefix + i + k), b.at(prefix + j + k), childIndex(path, at), out);
        for (std::size_t k = paired; k < dels; ++k)
            out.push_back({Op::Remove, childIndex(path, at), {}, {}});
        for (std::size_t k = paired; k < ins; ++k, ++at)
            out.push_back({Op::Add, childIndex(path, at), {}, b.at(prefix + j + k)});
        i += dels;
        j += ins;
    }
}

void diffObjects(const Value &a, const Value &b, const std::string &path, Patch &out)
{
    const std::vector<std::size_t> am = lastMembers(a), bm = lastMembers(b);
    for (std::size_t i : am)
        if (!b.find(a.key(i)))
            out.push_back({Op::Remove, child(path, a.key(i)), {}, {}});
    for (std::size_t j : bm) {
        const Value *old = a.find(b.key(j));
        if (!old)
            out.push_back({Op::Add, child(path, b.key(j)), {}, b.at(j)});
        else
            diffValues(*old, b.at(j), child(path, b.key(j)), out);
    }
}

void diffValues(const Value &a, const Value &b, const std::string &path, Patch &out)
{
    if (a.type() != b.type()) {
        out.push_back({Op::Replace, path, {}, b});
        return;
    }
    switch (a.type()) {
    case Type::Array:
        diffArrays(a, b, path, out);
        return;
    case Type::Object:
        diffObjects(a, b, path, out);
        return;
    default:
        if (!equivalent(a, b))
            out.push_back({Op::Replace, path, {}, b});
        return;
    }
}

// --- apply -----------------------------------------------------------------

bool splitPointer(std::string_view pointer, std::vector<std::string> &tokens, std::string &error)
{
    tokens.clear();
    if (pointer.empty())
        return true;
    if (pointer.front() != '/') {
        error = "\"" + std::string(pointer) + "\" is not a JSON Pointer";
        return false;
    }
    std::size_t pos = 1;
    for (;;) {
        const std::size_t next = std::min(pointer.find('/', pos), pointer.size());
        std::string token;
        for (std::size_t i = pos; i < next; ++i) {
            if (pointer[i] != '~') {
                token.push_back(pointer[i]);
                continue;
            }
            if (i + 1 >= next || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) {
                error = "\"" + std::string(pointer) + "\": bad escape (only ~0 and ~1)";
                return false;
            }
            token.push_back(pointer[++i] == '1' ? '/' : '~');
        }
        tokens.push_back(std::move(token));
        if (next == pointer.size())
            return true;
        pos = next + 1;
    }
}

bool arrayIndex(const std::string &token, std::size_t size, bool allowEnd, std::size_t &out)
{
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0')
        || !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    out = static_cast<std::size_t>(std::stoul(token));
    return allowEnd ? out <= size : out < size;
}

Value *walk(Value &doc, const std::vector<std::string> &tokens, std::size_t count)
{
    Value *cur = &doc;
    for (std::size_t t = 0; t < count; ++t) {
        if (cur->isObject()) {
            cur = cur->find(tokens[t]);
        } else if (cur->isArray()) {
            std::size_t i = 0;
            if (!arrayIndex(tokens[t], cur->size(), false, i))
                return nullptr;
            cur = &cur->at(i);
        } else {
            return nullptr;
        }
        if (!cur)
            return nullptr;
    }
    return cur;
}

void eraseKey(Value &object, const std::string &key)
{
    for (std::size_t i = object.size(); i-- > 0;)
        if (object.key(i) == key)
            object.erase(i);
}

bool addAt(Value &doc, const std::string &path, Value value, std::string &error)
{
    std::vector<std::string> tokens;
    if (!splitPointer(path, tokens, error))
        return false;
    if (tokens.empty()) {
        doc = std::move(value);
        return true;
    }
    Value *parent = walk(doc, tokens, tokens.size() - 1);
    if (!parent) {
        error = "add: the parent of " + path + " does not exist";
        return false;
    }
    const std::string &last = tokens.back();
    if (parent->isObject()) {
        // Adding an existing member replaces its value (RFC 6902 §4.1); of
        // duplicated keys the last one counts, the others go.
        if (parent->find(last)) {
            std::size_t keep = 0;
            for (std::size_t i = 0; i < parent->size(); ++i)
                if (parent->key(i) == last)
                    keep = i;
            for (std::size_t i = keep; i-- > 0;)
                if (parent->key(i) == last) {
                    parent->erase(i);
                    --keep;
                }
            parent->at(keep) = std::move(value);
        } else {
            parent->insert(last, std::move(value));
        }
        return true;
    }
    if (parent->isArray()) {
        std::size_t i = parent->size();
        if (last != "-" && !arrayIndex(last, parent->size(), true, i)) {
            error = "add: " + path + " is not an index of the array (0.." + std::to_string(parent->size()) + ")";
            return false;
        }
        auto &items = parent->items();
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(i), std::move(value));
        return true;
    }
    error = "add: the parent of " + path + " is neither an object nor an array";
    return false;
}

bool removeAt(Value &doc, const std::string &path, std::string &error)
{
    std::vector<std::string> tokens;
    if (!splitPointer(path, tokens, error))
        return false;
    if (tokens.empty()) {
        error = "remove: cannot remove the whole document";
        return false;
    }
    Value *parent = walk(doc, tokens, tokens.size() - 1);
    if (parent && parent->isObject() && parent->find(tokens.back())) {
        eraseKey(*parent, tokens.back());
        return true;
    }
    std::size_t i = 0;
    if (parent && parent->isArray() && arrayIndex(tokens.back(), parent->size(), false, i)) {
        parent->erase(i);
        return true;
    }
    error = "remove: " + path + " does not exist";
    return false;
}

Value *getAt(Value &doc, const std::string &path, std::string &error)
{
    std::vector<std::string> tokens;
    if (!splitPointer(path, tokens, error))
        return nullptr;
    Value *v = walk(doc, tokens, tokens.size());
    if (!v)
        error = path + " does not exist";
    return v;
}

void appendOperation(std::string &out, const Operation &op)
{
    out += "{\"op\":";
    gojson::appendString(out, opName(op.op));
    out += ",\"path\":";
    gojson::appendString(out, op.path);
    if (op.op == Op::Move || op.op == Op::Copy) {
        out += ",\"from\":";
        gojson::appendString(out, op.from);
    }
    if (op.op == Op::Add || op.op == Op::Replace || op.op == Op::Test) {
        out += ",\"value\":";
        gojson::appendValue(out, op.value);
    }
    out.push_back('}');
}

} // namespace

const char *opName(Op op)
{
    switch (op) {
    case Op::Add:
        return "add";
    case Op::Remove:
        return "remove";
    case Op::Replace:
        return "replace";
    case Op::Move:
        return "move";
    case Op::Copy:
        return "copy";
    case Op::Test:
        return "test";
    }
    return "add";
}

bool equivalent(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Type::Null:
        return true;
    case Type::Bool:
        return a.boolean() == b.boolean();
    case Type::Number:
    case Type::String:
        return a.text() == b.text();
    case Type::Array:
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!equivalent(a.at(i), b.at(i)))
                return false;
        return true;
    case Type::Object: {
        if (!hasDuplicateKeys(a) && !hasDuplicateKeys(b)) {
            if (a.size() != b.size())
                return false;
            for (std::size_t i = 0; i < a.size(); ++i) {
                // Same order is the common case: no search.
                const Value *other = b.key(i) == a.key(i) ? &b.at(i) : b.find(a.key(i));
                if (!other || !equivalent(a.at(i), *other))
                    return false;
            }
            return true;
        }
        const auto am = lastMembers(a), bm = lastMembers(b);
        if (am.size() != bm.size())
            return false;
        for (std::size_t i : am) {
            const Value *other = b.find(a.key(i));
            if (!other || !equivalent(a.at(i), *other))
                return false;
        }
        return true;
    }
    }
    return false;
}

Patch diff(const Value &a, const Value &b)
{
    Patch out;
    diffValues(a, b, std::string(), out);
    return out;
}

bool apply(Value &doc, const Patch &patch, std::string &error)
{
    for (std::size_t n = 0; n < patch.size(); ++n) {
        const Operation &op = patch[n];
        std::string why;
        bool ok = false;
        switch (op.op) {
        case Op::Add:
            ok = addAt(doc, op.path, op.value, why);
            break;
        case Op::Remove:
            ok = removeAt(doc, op.path, why);
            break;
        case Op::Replace:
            if (Value *target = getAt(doc, op.path, why)) {
                *target = op.value;
                ok = true;
            } else {
                why = "replace: " + why;
            }
            break;
        case Op::Move: {
            if (op.path.size() > op.from.size() && op.path.compare(0, op.from.size(), op.from) == 0
                && op.path[op.from.size()] == '/') {
                why = "move: " + op.path + " is inside " + op.from;
                break;
            }
            const Value *source = getAt(doc, op.from, why);
            if (!source) {
                why = "move: " + why;
                break;
            }
            Value moved = *source;
            ok = removeAt(doc, op.from, why) && addAt(doc, op.path, std::move(moved), why);
            break;
        }
        case Op::Copy: {
            const Value *source = getAt(doc, op.from, why);
            if (!source) {
                why = "copy: " + why;
                break;
            }
            Value copied = *source;
            ok = addAt(doc, op.path, std::move(copied), why);
            break;
        }
        case Op::Test: {
            const Value *target = getAt(doc, op.path, why);
            ok = target && equivalent(*target, op.value);
            if (target && !ok)
                why = "test: " + op.path + " differs";
            break;
        }
        }
        if (!ok) {
            error = "operation " + std::to_string(n) + ": " + why;
            return false;
        }
    }
    return true;
}

std::string toJson(const Patch &patch)
{
    std::string out = "[";
    for (std::size_t i = 0; i < patch.size(); ++i) {
        if (i)
            out.push_back(',');
        appendOperation(out, patch[i]);
    }
    out.push_back(']');
    return out;
}

std::string toPrettyJson(const Patch &patch)
{
    return gojson::indent(toJson(patch)) + '\n';
}

bool fromJson(const Value &array, Patch &out, std::string &error)
{
    out.clear();
    if (!array.isArray()) {
        error = "a JSON Patch is an array of operations";
        return false;
    }
    static const std::pair<const char *, Op> names[] = {{"add", Op::Add},   {"remove", Op::Remove},
                                                        {"replace", Op::Replace}, {"move", Op::Move},
                                                        {"copy", Op::Copy}, {"test", Op::Test}};
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Value &e = array.at(i);
        const std::string where = "operation " + std::to_string(i) + ": ";
        const Value *op = e.isObject() ? e.find("op") : nullptr;
        const Value *path = e.isObject() ? e.find("path") : nullptr;
        if (!op || !op->isString() || !path || !path->isString()) {
            error = where + "needs string members \"op\" and \"path\"";
            return false;
        }
        Operation o;
        const auto *name = std::find_if(std::begin(names), std::end(names),
                                        [&](const auto &n) { return op->text() == n.first; });
        if (name == std::end(names)) {
            error = where + "unknown op \"" + op->text() + '"';
            return false;
        }
        o.op = name->second;
        o.path = path->text();
        if (o.op == Op::Move || o.op == Op::Copy) {
            const Value *from = e.find("from");
            if (!from || !from->isString()) {
                error = where + "\"" + op->text() + "\" needs a string \"from\"";
                return false;
            }
            o.from = from->text();
        }
        if (o.op == Op::Add || o.op == Op::Replace || o.op == Op::Test) {
            const Value *value = e.find("value");
            if (!value) {
                error = where + "\"" + op->text() + "\" needs a \"value\"";
                return false;
            }
            o.value = *value;
        }
        out.push_back(std::move(o));
    }
    return true;
}

} // namespace oci::jsonpatch
