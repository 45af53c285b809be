import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

/** A point in Indonesia, as suppliers, plants and estates are placed. */
export class LocationDto {
  @ApiProperty({ description: 'Latitude, inside Indonesia (-11.5 to 6.5).', example: -6.5583 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-11.5)
  @Max(6.5)
  lat!: number;

  @ApiProperty({ description: 'Longitude, inside Indonesia (94.5 to 141.5).', example: 107.7612 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(94.5)
  @Max(141.5)
  lng!: number;
}
