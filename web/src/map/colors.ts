/** The fills of single points; clusters take theirs from RegionMap.module.css (dark enough for white text). */
export const VERIFICATION_COLOR = { verified: '#2b8a3e', unverified: '#1971c2', rejected: '#868e96' } as const;
export const PLANT_COLOR = '#c2410c';
