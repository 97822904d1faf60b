/**
 * Country names in the page's language, from the platform (Intl.DisplayNames, CLDR), with a short
 * list of overrides, reviewed, where CLDR's name differs from the map's policy or common usage:
 * "Palestinian Territories" where the map, like the UN's treaty records, says Palestine; "Congo -
 * Kinshasa" where readers write Democratic Republic of the Congo; the Holy See, which is the party
 * to treaties, not Vatican City; the map's two combined territories, which have no ISO code.
 * Imported only by the language chunks: English names come from the data.
 */

/** ISO 3166-1 alpha-3 → alpha-2, for every country and territory the map names (XKX: Kosovo's user code XK). */
const ALPHA2 = Object.fromEntries(
  (
    'AFG AF AGO AO ALB AL AND AD ARE AE ARG AR ARM AM ATG AG AUS AU AUT AT AZE AZ BDI BI BEL BE BEN BJ BFA BF ' +
    'BGD BD BGR BG BHR BH BHS BS BIH BA BLR BY BLZ BZ BOL BO BRA BR BRB BB BRN BN BTN BT BWA BW CAF CF CAN CA ' +
    'CHE CH CHL CL CHN CN CIV CI CMR CM COD CD COG CG COK CK COL CO COM KM CPV CV CRI CR CUB CU CYP CY CZE CZ ' +
    'DEU DE DJI DJ DMA DM DNK DK DOM DO DZA DZ ECU EC EGY EG ERI ER ESH EH ESP ES EST EE ETH ET FIN FI FJI FJ ' +
    'FRA FR FSM FM GAB GA GBR GB GEO GE GHA GH GIN GN GMB GM GNB GW GNQ GQ GRC GR GRD GD GTM GT GUY GY HND HN ' +
    'HRV HR HTI HT HUN HU IDN ID IND IN IRL IE IRN IR IRQ IQ ISL IS ISR IL ITA IT JAM JM JOR JO JPN JP KAZ KZ ' +
    'KEN KE KGZ KG KHM KH KIR KI KNA KN KOR KR KWT KW LAO LA LBN LB LBR LR LBY LY LCA LC LIE LI LKA LK LSO LS ' +
    'LTU LT LUX LU LVA LV MAR MA MCO MC MDA MD MDG MG MDV MV MEX MX MHL MH MKD MK MLI ML MLT MT MMR MM MNE ME ' +
    'MNG MN MOZ MZ MRT MR MUS MU MWI MW MYS MY NAM NA NER NE NGA NG NIC NI NLD NL NOR NO NPL NP NRU NR NZL NZ ' +
    'OMN OM PAK PK PAN PA PER PE PHL PH PLW PW PNG PG POL PL PRK KP PRT PT PRY PY PSE PS QAT QA ROU RO RUS RU ' +
    'RWA RW SAU SA SDN SD SEN SN SGP SG SLB SB SLE SL SLV SV SMR SM SOM SO SRB RS SSD SS STP ST SUR SR SVK SK ' +
    'SVN SI SWE SE SWZ SZ SYC SC SYR SY TCD TD TGO TG THA TH TJK TJ TKM TM TLS TL TON TO TTO TT TUN TN TUR TR ' +
    'TUV TV TWN TW TZA TZ UGA UG UKR UA URY UY USA US UZB UZ VAT VA VCT VC VEN VE VNM VN VUT VU WSM WS XKX XK ' +
    'YEM YE ZAF ZA ZMB ZM ZWE ZW ABW AW AIA AI ALA AX ASM AS ATF TF BLM BL BMU BM CUW CW CYM KY FLK FK FRO FO ' +
    'GGY GG GRL GL GUM GU HKG HK HMD HM IMN IM IOT IO JEY JE MAC MO MAF MF MNP MP MSR MS NCL NC NFK NF NIU NU ' +
    'PCN PN PRI PR PYF PF SGS GS SHN SH SPM PM SXM SX TCA TC VGB VG VIR VI WLF WF'
  )
    .match(/[A-Z]{3} [A-Z]{2}/g)!
    .map((pair) => pair.split(' ')),
);

/** The alpha-2 code of an alpha-3 one, or null for the map's combined territories (ATC, IOA). */
export function alpha2(iso3: string): string | null {
  return ALPHA2[iso3] ?? null;
}

/**
 * Names by iso3 in `locale`: the override where there is one, else CLDR's, else the English name
 * `fallback` gives (a code CLDR does not know comes back as the code itself).
 */
export function countryNames(
  locale: string,
  iso3s: readonly string[],
  overrides: Readonly<Record<string, string>>,
): Map<string, string> {
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const names = new Map<string, string>();
  for (const iso3 of iso3s) {
    const code = alpha2(iso3);
    const name = overrides[iso3] ?? (code ? display.of(code) : undefined);
    if (name) names.set(iso3, name);
  }
  return names;
}
