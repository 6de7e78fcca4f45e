#pragma once

// What a column header means, as other programs and people write it (used by suggestMapping in
// importmapping.cpp): the tables of known headers in English, German and French and of the
// programs' exports, Google's numbered columns, and a guess from a word in the header.

#include "core/io/importmapping.h"

#include <QString>

#include <optional>
#include <utility>

namespace rapport::io::headers {

struct Known
{
    ImportTarget target = ImportTarget::Ignore;
    ContactLabel label = ContactLabel::Work;
    int group = 0;
};

// A folded header (foldHeader) the tables know; nullopt otherwise.
std::optional<Known> known(const QString &folded);
// Google's numbered columns ("E-mail 1 - Value", "Phone 2 - Type"...): the target and whether
// the column is the label of its group's value column.
std::optional<std::pair<Known, bool>> numbered(const QString &folded);
// A header no table knows: a word in it may still tell (Ignore when none does).
Known guess(const QString &folded);

} // namespace rapport::io::headers
