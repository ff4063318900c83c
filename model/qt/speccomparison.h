#pragma once

// A built spec against a baseline (Docker's default spec, the previous
// build, a config.json): the JSON Patch, the unified hunks of the pretty
// texts, for each hunk the spec pointer of the value it changes, and the
// diff laid out for the diff panes. Runs on the build worker: each side is
// encoded once (an Operand) and reused by every comparison it takes part in.

#include "diffrows.h"
#include "gojson.h"
#include "json.h"
#include "specdiff.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class SpecComparison
{
    Q_DECLARE_TR_FUNCTIONS(SpecComparison)
public:
    // One side: the spec as a JSON value, its pretty text (oci::prettyText)
    // and the line span of each of its values.
    struct Operand {
        oci::json::Value value;
        std::string text;
        std::vector<oci::gojson::LineSpan> spans;

        static std::shared_ptr<const Operand> fromValue(oci::json::Value value);
        // From a compact encoding (the spec encoder's), parsed and indented
        // once; null when it is not JSON.
        static std::shared_ptr<const Operand> fromCompact(std::string_view compact);
        // The two halves of fromCompact(), for a caller that hands the
        // value to another thread before the text is made.
        bool parseCompact(std::string_view compact);
        void indentCompact(std::string_view compact);
    };

    struct Result {
        // The texts stay in the operands: diff.oldText and diff.newText are empty.
        oci::SpecDiff diff;
        QStringList hunkPointers; // parallel to diff.unified.hunks
        DiffRows rows;
    };

    static Result compare(const Operand &baseline, const Operand &current, int context = 3,
                          DiffRows::Layout layout = DiffRows::Layout::Both);
    static Result compare(const oci::json::Value &baseline, const oci::json::Value &current, int context = 3);
    // Parses a spec text (a previous build, a file); false with `error` set
    // ("LINE:COLUMN: message") when it is not JSON.
    static bool parse(const QByteArray &text, oci::json::Value &out, QString *error = nullptr);
};
