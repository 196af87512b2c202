import { registerEnumType } from '@nestjs/graphql';
import { ASSISTANCE_PROGRAMMES, BENEFIT_STATUSES } from '@qz/contracts';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ProgrammeValue = asEnum(ASSISTANCE_PROGRAMMES);
registerEnumType(ProgrammeValue, {
  name: 'AssistanceProgramme',
  description: '四(三)1: orphan allowance, 特困 support, dibao (raised for children), temporary assistance',
});

export const BenefitStatusValue = asEnum(BENEFIT_STATUSES);
registerEnumType(BenefitStatusValue, { name: 'BenefitStatus' });

export { asEnum };
