import { DISABILITY_TYPES, type DisabilityType, type RehabService } from '../policy/policy.rules';

export interface Institution {
  id: string;
  name: string;
  regionCode: string;
  types: readonly DisabilityType[];
  services: readonly RehabService[];
  /** Designated for 明天计划 surgery. */
  tomorrowPlan: boolean;
}

/**
 * Designated rehabilitation institutions (定点康复机构). The names are of the kind each county has;
 * the list is configuration of the installation, replaced by the DPF's published list.
 */
export const DESIGNATED_INSTITUTIONS: readonly Institution[] = [
  {
    id: 'QZ-REHAB-CENTRE',
    name: '钦州市残疾人康复中心',
    regionCode: '450700',
    types: DISABILITY_TYPES,
    services: ['ASSISTIVE_DEVICE', 'TRAINING'],
    tomorrowPlan: false,
  },
  {
    id: 'QZ-PEOPLES-HOSPITAL',
    name: '钦州市第一人民医院',
    regionCode: '450702',
    types: ['VISION', 'HEARING', 'PHYSICAL'],
    services: ['SURGERY'],
    tomorrowPlan: true,
  },
  {
    id: 'QZ-MATERNAL-CHILD',
    name: '钦州市妇幼保健院',
    regionCode: '450702',
    types: ['HEARING', 'SPEECH', 'INTELLECTUAL', 'AUTISM'],
    services: ['ASSISTIVE_DEVICE', 'TRAINING'],
    tomorrowPlan: false,
  },
  {
    id: 'LS-REHAB',
    name: '灵山县残疾儿童康复训练中心',
    regionCode: '450721',
    types: ['SPEECH', 'INTELLECTUAL', 'AUTISM', 'PHYSICAL'],
    services: ['TRAINING'],
    tomorrowPlan: false,
  },
  {
    id: 'PB-HOSPITAL',
    name: '浦北县人民医院',
    regionCode: '450722',
    types: ['VISION', 'PHYSICAL'],
    services: ['SURGERY', 'ASSISTIVE_DEVICE'],
    tomorrowPlan: true,
  },
];

export const findInstitution = (id: string) => DESIGNATED_INSTITUTIONS.find((i) => i.id === id) ?? null;
