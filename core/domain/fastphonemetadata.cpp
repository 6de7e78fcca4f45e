#include "core/domain/fastphonemetadata.h"

#include <list>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace i18n::phonenumbers {
// libphonenumber's own metadata, as compiled into the library (exported, not in its headers).
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace rapport::fastphone {
namespace {

namespace pn = i18n::phonenumbers;

Desc descOf(const pn::PhoneNumberDesc &d, bool &usable)
{
    Desc out;
    for (int i = 0; i < d.possible_length_size(); ++i)
        out.lengths.push_back(d.possible_length(i));
    if (!d.national_number_pattern().empty()) {
        out.pattern = compilePattern(d.national_number_pattern());
        if (!out.pattern) {
            out.compiled = false;
            usable = false;
        }
    }
    return out;
}

} // namespace

const Metadata &metadata()
{
    static const Metadata m = [] {
        Metadata out;
        pn::PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size()))
            return out;
        const pn::PhoneNumberUtil *util = pn::PhoneNumberUtil::GetInstance();
        for (int i = 0; i < collection.metadata_size(); ++i) {
            const pn::PhoneMetadata &md = collection.metadata(i);
            Region r;
            r.countryCode = md.country_code();
            r.general = descOf(md.general_desc(), r.usable);
            for (const pn::PhoneNumberDesc *d : {&md.premium_rate(),
                                                 &md.toll_free(),
                                                 &md.shared_cost(),
                                                 &md.voip(),
                                                 &md.personal_number(),
                                                 &md.pager(),
                                                 &md.uan(),
                                                 &md.voicemail(),
                                                 &md.fixed_line(),
                                                 &md.mobile()})
                r.types.push_back(descOf(*d, r.usable));
            for (int k = 0; k < md.general_desc().possible_length_local_only_size(); ++k)
                r.localOnlyLengths.push_back(md.general_desc().possible_length_local_only(k));
            if (md.has_leading_digits() && !md.leading_digits().empty()) {
                r.hasLeadingDigits = true;
                r.leadingDigits = compilePattern(md.leading_digits());
                r.usable = r.usable && r.leadingDigits;
            }
            const std::string &npfp = md.national_prefix_for_parsing();
            if (!npfp.empty()) {
                r.hasNationalPrefix = true;
                if (npfp.find_first_not_of("0123456789") == std::string::npos
                    && md.national_prefix_transform_rule().empty())
                    r.nationalPrefix = npfp;
                else
                    r.nationalPrefixPattern = compilePattern(withoutCaptures(npfp));
            }
            if (!md.international_prefix().empty())
                r.internationalPrefix = compilePattern(md.international_prefix());
            out.regions.emplace(md.id(), std::move(r));
        }
        for (const auto &[id, region] : out.regions) {
            if (out.codes.count(region.countryCode))
                continue;
            std::list<std::string> list;
            util->GetRegionCodesForCountryCallingCode(region.countryCode, &list);
            out.codes[region.countryCode] = std::vector<std::string>(list.begin(), list.end());
        }
        return out;
    }();
    return m;
}

} // namespace rapport::fastphone
