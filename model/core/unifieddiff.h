#pragma once

// A line diff of two texts (Myers' O(ND) algorithm) as data the GUI shows
// directly (hunks with their line numbers and tagged lines), and as the
// unified text `diff -u` and git print.

#include <string>
#include <string_view>
#include <vector>

namespace oci {

struct DiffLine {
    char tag = ' '; // ' ' context, '-' only in the old text, '+' only in the new
    std::string text; // without its line break
    int oldLine = 0; // 1-based line in the old text; 0 for '+'
    int newLine = 0; // 1-based line in the new text; 0 for '-'
    bool noNewline = false; // the last line of its text, without a final line break
};

struct DiffHunk {
    // `@@ -oldStart,oldCount +newStart,newCount @@`: 1-based first lines, or
    // the line before when the count is 0 (the unified format's convention).
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    std::vector<DiffLine> lines;
};

struct UnifiedDiff {
    std::vector<DiffHunk> hunks;
    bool empty() const { return hunks.empty(); }
};

// The hunks that turn `oldText` into `newText`, with `context` unchanged
// lines around each change; changes closer than 2×context share a hunk.
UnifiedDiff diffLines(std::string_view oldText, std::string_view newText, int context = 3);

// `--- oldName` / `+++ newName` headers and the hunks; empty when equal.
std::string formatUnified(const UnifiedDiff &diff, std::string_view oldName, std::string_view newName);

} // namespace oci
