#pragma once

// One build of the document, immutable once published: views keep the
// snapshot they show and compare it with the next one.

#include "builder.h"
#include "diagnostic.h"
#include "gojson.h"
#include "speccomparison.h"

#include <QString>

#include <memory>
#include <vector>

struct Snapshot {
    std::shared_ptr<const oci::BuildResult> result;
    // The spec as `ocispec build --format pretty` prints it; empty when there
    // is no spec (decode errors, or Docker refuses the inputs).
    QString text;
    // The spec as a comparison operand: its JSON value, the same text in
    // UTF-8 and the line spans (0-based) of every value. Null without a spec.
    std::shared_ptr<const SpecComparison::Operand> spec;
    // The last different spec before this one, for "changes since the
    // previous build" (a rebuild that changes nothing keeps the old one).
    QString previousText;
    std::shared_ptr<const SpecComparison::Operand> previousSpec;
    // The diff view's comparison, made with the build: the key of the
    // Rebuilder::Baseline it used (empty: none was asked for) and its
    // result (null when that baseline had nothing to offer: no previous
    // build yet, or no spec).
    QString comparisonKey;
    std::shared_ptr<const SpecComparison::Result> comparison;
    // Every finding: the build's, the inputs' lint, the spec's schema and
    // rules (oci::validateBuilt). Meaningful when `validated`.
    oci::Diagnostics diagnostics;
    bool validated = false;
    // Which schema judged the spec ("DIR (runtime-spec X)"), or why none did.
    QString schemaSummary;
    // Counts builds of one Rebuilder, from 1.
    quint64 generation = 0;
    qint64 buildNanoseconds = 0;

    bool hasSpec() const { return !text.isEmpty(); }
    // Line spans (0-based) of every value of `text`, for cursor ↔ pointer.
    const std::vector<oci::gojson::LineSpan> &spans() const;
    // The pointer of the deepest spec value on `line` (1-based); empty for
    // the root or a line outside the text.
    QString pointerAtLine(int line) const;
    // The 1-based lines of the value at `pointer` or, when it has no span of
    // its own (a removed value), of its nearest ancestor. False when none.
    bool linesOf(const QString &pointer, int *firstLine, int *lastLine) const;
};
