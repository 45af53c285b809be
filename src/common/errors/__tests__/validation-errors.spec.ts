import { ValidationError } from 'class-validator';
import { toFieldErrors } from '../validation-errors';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe('toFieldErrors', () => {
  it('gives each failed rule the full path of its field, with array indices in brackets', () => {
    const errors = [
      error('name', { isNotEmpty: 'name should not be empty', isString: 'name must be a string' }),
      error('plants', undefined, [
        error('1', undefined, [
          error('location', undefined, [error('lat', { max: 'lat must not be greater than 6' })]),
        ]),
      ]),
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', message: 'name should not be empty' },
      { field: 'name', message: 'name must be a string' },
      { field: 'plants[1].location.lat', message: 'lat must not be greater than 6' },
    ]);
  });

  it('returns nothing for no errors', () => {
    expect(toFieldErrors([])).toEqual([]);
  });
});
