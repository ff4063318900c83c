#pragma once

// Item data roles of the models in this folder. Base models return raw data
// under these roles; presentation proxies turn it into text, icons, colours.

#include <Qt>

namespace OciRoles {
enum Role {
    // oci::Severity as int (DiagnosticsModel).
    SeverityRole = Qt::UserRole + 1,
    // Stable kebab-case diagnostic code, e.g. "unknown-key".
    CodeRole,
    // JSON Pointer into the built spec (QString, may be empty).
    SpecPointerRole,
    // JSON Pointer into the scenario document (QString, may be empty).
    InputPointerRole,
    // 1-based line/column in the input file; 0 when unknown.
    LineRole,
    ColumnRole,
    // Input file name (QString).
    FileRole,
    // ScenarioModel: oci::json::Type of the node as int.
    JsonTypeRole,
    // ScenarioModel: whether the node's pointer names it (false for a member
    // shadowed by a later duplicate key, which cannot be edited by pointer).
    AddressableRole,
    // Form tables (JsonTableModel): the cell holds an explicit JSON null.
    NullRole,
    // Form tables: the column accepts null (a nullable string).
    NullableRole,
    // JsonPatch operations (PatchModel): the operation's name ("add", ...).
    PatchOpRole,
};
} // namespace OciRoles
