import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { model } from 'mongoose';
import { KeyedDocument, RegionScopedDocument, WithMergeLinks } from './region-scoped.document';

@Schema({ collection: 'region_scoped_examples', versionKey: false })
class ExampleDocument extends RegionScopedDocument {
  @Prop({ required: true })
  name: string;
}

const ExampleSchema = SchemaFactory.createForClass(ExampleDocument);
const Example = model('RegionScopedExample', ExampleSchema);

describe('a document kept in a region', () => {
  it('has in its schema, beside its own fields, the region code and the path of codes, both required', () => {
    expect(ExampleSchema.path('name')).toBeDefined();
    expect(ExampleSchema.path('regionCode').instance).toBe('String');
    expect(ExampleSchema.path('regionCode').isRequired).toBe(true);
    expect(ExampleSchema.path('regionPath').instance).toBe('Array');
    expect(ExampleSchema.path('regionPath').isRequired).toBe(true);
  });

  it('is refused without its region code, and kept with its region', async () => {
    const missing = new Example({ _id: 'a', name: '钦南区第一小学' });
    await expect(missing.validate()).rejects.toMatchObject({ errors: { regionCode: expect.anything() } });
    const kept = new Example({
      _id: 'a',
      name: '钦南区第一小学',
      regionCode: '450702001',
      regionPath: ['450000', '450700', '450702', '450702001'],
    });
    await expect(kept.validate()).resolves.toBeUndefined();
    expect(kept.toObject().regionPath).toEqual(['450000', '450700', '450702', '450702001']);
  });
});

@Schema({ collection: 'merge_linked_examples', versionKey: false })
class MergeLinkedExample extends WithMergeLinks(KeyedDocument) {
  @Prop({ required: true })
  name: string;
}
const MergeLinked = model('MergeLinkedExample', SchemaFactory.createForClass(MergeLinkedExample));

describe('a record that duplicates can be merged into', () => {
  it('starts merged into nothing and holding no merged records, with its own fields kept', async () => {
    const record = new MergeLinked({ _id: 'p1', name: '临时档案' });
    await expect(record.validate()).resolves.toBeUndefined();
    expect(record.toObject()).toEqual({ _id: 'p1', name: '临时档案', mergedInto: null, mergedFrom: [] });
  });

  it('keeps both links once merged', () => {
    const record = new MergeLinked({ _id: 'p1', name: '临时档案', mergedInto: 'c1', mergedFrom: ['p0'] });
    expect(record.toObject()).toMatchObject({ mergedInto: 'c1', mergedFrom: ['p0'] });
  });
});
