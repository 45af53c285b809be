import { IsString, Length, Max, validate } from 'class-validator';
import { text } from '../../i18n/text';
import { toFieldErrors } from '../validation-errors';

class Location {
  @Max(6)
  lat!: number;
}
class Plant {
  @IsString()
  @Length(2, 80)
  name!: string;
  location!: Location;
}

describe('toFieldErrors', () => {
  it('gives each field one message: "required" when it is missing, else the first rule it breaks, with its arguments', async () => {
    const plant = Object.assign(new Plant(), { location: Object.assign(new Location(), { lat: 7 }) });
    const errors = [
      ...(await validate(plant, { validationError: { target: true, value: true } })),
      ...(await validate(Object.assign(new Location(), { lat: 7 }), {
        validationError: { target: true, value: true },
      })),
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', message: text('validation.required', { property: 'name' }) },
      { field: 'lat', message: text('validation.max', { property: 'lat', constraint1: 6 }) },
    ]);
    const short = await validate(Object.assign(new Plant(), { name: 'x' }), {
      validationError: { target: true, value: true },
    });
    expect(toFieldErrors(short, 'plants[1]')).toEqual([
      {
        field: 'plants[1].name',
        message: text('validation.isLength', { property: 'plants[1].name', constraint1: 2, constraint2: 80 }),
      },
    ]);
  });

  it('returns nothing for no errors', () => {
    expect(toFieldErrors([])).toEqual([]);
  });
});
