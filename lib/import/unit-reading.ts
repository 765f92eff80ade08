// Which unit a row names, as people write it: a province by code (1 and 01 alike) or by name
// (lib/names.ts), or a commune by its five-digit code or its name within a named province
// (lib/communes/rules.ts). The one reader behind files, the form and the API (lib/import/observation-rules.ts).
import { COMMUNE_CODE, readCommune } from '../communes/rules';
import type { Edition } from '../editions';
import type { UnitLevel } from '../metrics';
import { unitNameKey } from '../names';
import type { ValidationContext } from './observation-rules';
import { msg, type Message } from '../message';


/**
 * The code of the unit a text names on a date's edition: a code (1 and 01 alike) or a name as
 * the dashboard writes it (lib/names.ts). A 2024 unit after 1/7/2025 is refused naming the one
 * it became. Null (and the problem added) when it names none.
 */
export interface UnitReading {
  code: string | null;
  problem: Message | null;
  level: UnitLevel;
  /** A commune's province. */
  province?: string;
}

/**
 * The unit a row names: a province (code or name, resolveUnit), or a commune (a five-digit code,
 * or a name within the province `provinceText` names: lib/communes/rules.ts readCommune).
 */
export function readUnit(text: string, provinceText: string, edition: Edition | null, context: ValidationContext): UnitReading {
  if (!COMMUNE_CODE.test(text) && provinceText === '') return resolveUnit(text, edition, context);
  const dir = context.communes ?? { communes: new Map(), byName: new Map() };
  let province: string | null = null;
  if (provinceText !== '') {
    const reading = resolveUnit(provinceText, '2025', context);
    if (!reading.code) return { ...reading, level: 'commune' };
    province = reading.code;
  }
  if (text === '') return { code: null, level: 'commune', problem: msg('Thiếu xã, phường (mã hoặc tên).', 'The commune (code or name) is missing.') };
  return { ...readCommune(text, province, edition, dir), level: 'commune' };
}

function resolveUnit(text: string, edition: Edition | null, context: ValidationContext): UnitReading {
  const refuse = (vi: string, en: string): UnitReading => ({ code: null, problem: msg(vi, en), level: 'province' });
  if (text === '') return refuse('Thiếu tỉnh, thành phố (mã hoặc tên).', 'The province (code or name) is missing.');
  const isCode = /^\d{1,2}$/.test(text);
  const lookup = (e: Edition) => (isCode ? (context.units[e].has(text.padStart(2, '0')) ? text.padStart(2, '0') : undefined) : context.unitsByName[e].get(unitNameKey(text)));
  const here = edition ? lookup(edition) : (lookup('2025') ?? lookup('2024'));
  if (here) return { code: here, problem: null, level: 'province' };
  const old = edition === '2025' ? lookup('2024') : undefined;
  if (old) {
    const successor = context.successorOf(old);
    const name = successor ? `${successor} ${context.unitName('2025', successor)}` : '';
    return refuse(
      `"${text}" (${old} ${context.unitName('2024', old)}) không còn là đơn vị hành chính sau 01/07/2025${successor ? `: đã thuộc ${name}, dùng mã ${successor}` : ''}.`,
      `"${text}" (${old} ${context.unitName('2024', old)}) is not a unit after 01/07/2025${successor ? `: it is part of ${name}; use ${successor}` : ''}.`,
    );
  }
  if (edition && lookup(edition === '2025' ? '2024' : '2025')) {
    return refuse(`"${text}" chưa là đơn vị hành chính trước 01/07/2025.`, `"${text}" is not a unit before 01/07/2025.`);
  }
  if (isCode) return refuse(`Mã đơn vị "${text}" không tồn tại.`, `Unknown unit code "${text}".`);
  return refuse(`Không có tỉnh, thành phố tên "${text}".`, `No province is named "${text}".`);
}
