import { Transform } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

/** A point in Indonesia, as suppliers, plants and estates are placed. */
/**
 * Coordinates are kept to six decimal places (about 10 cm, finer than any
 * address): a value such as 5e-324 would otherwise reach the distance
 * formulas and underflow there.
 */
const toSixPlaces = ({ value }: { value: unknown }) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : value;

export class LocationDto {
  @ApiProperty({
    description: 'Latitude, inside Indonesia (-11.5 to 6.5), kept to six decimal places.',
    example: -6.5583,
  })
  @Transform(toSixPlaces)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-11.5)
  @Max(6.5)
  lat!: number;

  @ApiProperty({
    description: 'Longitude, inside Indonesia (94.5 to 141.5), kept to six decimal places.',
    example: 107.7612,
  })
  @Transform(toSixPlaces)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(94.5)
  @Max(141.5)
  lng!: number;
}
