#pragma once

// RFC 6902 JSON Patch: the structural difference between two JSON values as
// a list of operations, computed, serialised, parsed and applied.
//
// diff() matches object members by key and array elements by a longest
// common subsequence, so one element inserted into a list (a mount, an env
// entry) is one `add`, and an element changed in place is a patch below it.
// Objects compare as JSON objects do: member order does not matter.

#include "json.h"

#include <string>
#include <vector>

namespace oci::jsonpatch {

enum class Op { Add, Remove, Replace, Move, Copy, Test };

const char *opName(Op op);

struct Operation {
    Op op = Op::Add;
    std::string path; // JSON Pointer
    std::string from; // Move and Copy
    json::Value value; // Add, Replace and Test

    bool operator==(const Operation &other) const = default;
};

using Patch = std::vector<Operation>;

// The operations that turn `a` into `b`: add, remove and replace only.
// Empty when a and b are equivalent().
Patch diff(const json::Value &a, const json::Value &b);

// Applies `patch` to `doc` in order (RFC 6902 §4, §5: the first failing
// operation stops it). False with `error` set on failure; `doc` may then be
// partly patched.
bool apply(json::Value &doc, const Patch &patch, std::string &error);

// JSON equality: objects equal when they hold the same keys with equivalent
// values in any order (the last of duplicated keys counts), arrays element
// by element, numbers by their literal text.
bool equivalent(const json::Value &a, const json::Value &b);

// The patch as an RFC 6902 array: compact (values as gojson::appendValue
// writes them) or indented like Go's MarshalIndent with a final newline.
std::string toJson(const Patch &patch);
std::string toPrettyJson(const Patch &patch);

// Reads an RFC 6902 array; false with `error` set when it is not one.
bool fromJson(const json::Value &array, Patch &out, std::string &error);

} // namespace oci::jsonpatch
