/**
 * The dataset's country and territory names in the build's language (build/data-plugin.ts): each
 * record's `name` becomes the local one and its English name stays as `nameEn`, which search still
 * matches. A name missing from `names` stays English.
 */
interface Named {
  iso3: string;
  name: string;
}

export function localizeNames<
  D extends { countries: { countries: readonly Named[] }; territories: readonly Named[] },
>(data: D, names: ReadonlyMap<string, string>): D {
  if (names.size === 0) return data;
  const rename = <T extends Named>(r: T): T => {
    const name = names.get(r.iso3);
    return name && name !== r.name ? { ...r, name, nameEn: r.name } : r;
  };
  return {
    ...data,
    countries: { ...data.countries, countries: data.countries.countries.map(rename) },
    territories: data.territories.map(rename),
  };
}
