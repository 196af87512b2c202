import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { model } from 'mongoose';
import { RegionScopedDocument } from './region-scoped.document';

@Schema({ collection: 'region_scoped_examples', versionKey: false })
class ExampleDocument extends RegionScopedDocument {
  @Prop({ type: String, required: true })
  _id: string;

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
