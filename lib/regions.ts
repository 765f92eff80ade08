// GSO's six socio-economic regions, as the 2024 reference facts name them. A 2025 province is
// placed in the region of its most populous predecessor (the regions were not redrawn for it).
export interface Region {
  slug: string;
  nameVi: string;
  nameEn: string;
}

export const REGIONS: readonly Region[] = [
  { slug: 'trung-du-mien-nui-phia-bac', nameVi: 'Trung du và miền núi phía Bắc', nameEn: 'Northern Midlands and Mountains' },
  { slug: 'dong-bang-song-hong', nameVi: 'Đồng bằng sông Hồng', nameEn: 'Red River Delta' },
  { slug: 'bac-trung-bo-duyen-hai-mien-trung', nameVi: 'Bắc Trung Bộ và Duyên hải miền Trung', nameEn: 'North Central and Central Coast' },
  { slug: 'tay-nguyen', nameVi: 'Tây Nguyên', nameEn: 'Central Highlands' },
  { slug: 'dong-nam-bo', nameVi: 'Đông Nam Bộ', nameEn: 'South East' },
  { slug: 'dong-bang-song-cuu-long', nameVi: 'Đồng bằng sông Cửu Long', nameEn: 'Mekong River Delta' },
];

export function regionBySlug(slug: string): Region | undefined {
  return REGIONS.find((r) => r.slug === slug);
}

export function regionByName(nameVi: string | null): Region | undefined {
  return nameVi === null ? undefined : REGIONS.find((r) => r.nameVi === nameVi);
}
