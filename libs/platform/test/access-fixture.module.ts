import { ForbiddenException, Module } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { maskResidentId, regionCovers, type Identity } from '@qz/identity';
import { definePolicy, roles, subgraphInfrastructure, Viewer } from '../src';

/** A tiny subgraph for the access foundation's test: children in two counties, one secret each. */
export const KIDS: Record<
  string,
  { id: string; regionCode: string; name: string; idNumber: string; secret: string }
> = {
  'kid-450702': {
    id: 'kid-450702',
    regionCode: '450702100201',
    name: '甲',
    idNumber: '45070220140309123X',
    secret: '诊断甲',
  },
  'kid-450703': {
    id: 'kid-450703',
    regionCode: '450703100201',
    name: '乙',
    idNumber: '450703201403091234',
    secret: '诊断乙',
  },
};

@ObjectType('Child')
class Kid {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field() name: string;
}

@ObjectType()
class Standard {
  @Field() regionCode: string;
  @Field() monthlyFen: number;
}

export const FIXTURE_POLICY = definePolicy({
  service: 'health',
  operations: {
    kid: { roles: roles('HEALTH_OFFICER', 'COORDINATOR', 'SCHOOL_STAFF') },
    kids: { roles: roles('HEALTH_OFFICER') },
    leakyKids: { roles: roles('HEALTH_OFFICER') },
    standards: { roles: roles('HEALTH_OFFICER') },
    renameKid: { roles: roles('HEALTH_OFFICER') },
    linkKids: { roles: roles('HEALTH_OFFICER') },
    whoAmI: { roles: roles('HEALTH_OFFICER', 'COORDINATOR'), purposeFrom: roles('COORDINATOR') },
  },
  fields: {
    'Child.secret': {
      roles: roles('HEALTH_OFFICER', 'COORDINATOR'),
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    'Child.residentIdNumber': { roles: roles('HEALTH_OFFICER'), mask: maskResidentId, audit: true },
  },
});

@Resolver(() => Kid)
class KidResolver {
  @Query(() => Kid, { nullable: true })
  kid(@Args('id', { type: () => ID }) id: string) {
    return KIDS[id] ?? null;
  }

  @Query(() => [Kid])
  kids(@Viewer() me: Identity, @Args('regionCode', { nullable: true }) regionCode?: string) {
    const scope = regionCode ?? me.regionCode;
    return Object.values(KIDS).filter((k) => regionCovers(scope, k.regionCode));
  }

  @Query(() => [Kid])
  leakyKids() {
    return Object.values(KIDS); // deliberately unscoped: the post-check must refuse the answer
  }

  @Query(() => [Standard], { description: 'The city’s standard and each county’s.' })
  standards() {
    return [
      { regionCode: '450700', monthlyFen: 60000 },
      { regionCode: '450702', monthlyFen: 65000 },
      { regionCode: '450703', monthlyFen: 62000 },
    ].slice(0, 2);
  }

  @Query(() => String, { description: 'Not in the policy table: refused to everyone.' })
  unlisted() {
    return 'open by omission';
  }

  @Query(() => String)
  whoAmI(@Viewer() me: Identity) {
    return `${me.userId}:${me.purpose ?? ''}`;
  }

  @Mutation(() => Kid)
  renameKid(@Args('childId', { type: () => ID }) childId: string, @Args('name') name: string) {
    KIDS[childId].name = name;
    return KIDS[childId];
  }

  /** A change that answers with a record it reached by value, without checking its region. */
  @Mutation(() => Kid)
  linkKids(@Args('childId', { type: () => ID }) childId: string, @Args('linkedTo') linkedTo: string) {
    return KIDS[linkedTo] ?? KIDS[childId];
  }

  @ResolveField(() => String, { nullable: true })
  secret(@Parent() kid: Kid) {
    if (kid.name === '封存') throw new ForbiddenException('sealed'); // the resolver's own refusal
    return KIDS[kid.id].secret;
  }

  @ResolveField(() => String, { nullable: true })
  residentIdNumber(@Parent() kid: Kid) {
    return KIDS[kid.id].idNumber;
  }
}

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'health',
      access: {
        policy: FIXTURE_POLICY,
        childRegions: {
          useFactory: () => ({
            regionsOf: async (ids: readonly string[]) =>
              new Map(ids.filter((id) => KIDS[id]).map((id) => [id, KIDS[id].regionCode])),
          }),
        },
      },
    }),
  ],
  providers: [KidResolver],
})
export class AccessFixtureModule {}
