#pragma once

// A built spec against a baseline (Docker's default spec, the previous
// build, a config.json): the JSON Patch, the unified hunks of the pretty
// texts, and for each hunk the spec pointer of the value it changes.

#include "json.h"
#include "specdiff.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class SpecComparison
{
    Q_DECLARE_TR_FUNCTIONS(SpecComparison)
public:
    struct Result {
        oci::SpecDiff diff;
        QStringList hunkPointers; // parallel to diff.unified.hunks
    };

    static Result compare(const oci::json::Value &baseline, const oci::json::Value &current, int context = 3);
    // Parses a spec text (a previous build, a file); false with `error` set
    // ("LINE:COLUMN: message") when it is not JSON.
    static bool parse(const QByteArray &text, oci::json::Value &out, QString *error = nullptr);
};
