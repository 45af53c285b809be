import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';

export class FieldErrorDto {
  @ApiProperty({
    description: 'Full path of the field.',
    example: 'location.lat',
  })
  field!: string;
  @ApiProperty({ description: 'What is wrong with it.', example: 'lat must not be greater than 6' })
  message!: string;
}

export class ProblemDto {
  @ApiProperty({
    description: 'Identifies the kind of problem; stable.',
    example: 'https://rantai.id/problems/validation-error',
  })
  type!: string;
  @ApiProperty({ description: 'The HTTP status phrase.', example: 'Bad Request' })
  title!: string;
  @ApiProperty({ description: 'The HTTP status code.', example: 400 })
  status!: number;
  @ApiProperty({ description: 'What went wrong, for people.', example: 'The request has invalid fields.' })
  detail!: string;
  @ApiProperty({
    description: 'The path of the request.',
    example: '/api/v1/suppliers',
  })
  instance!: string;
  @ApiProperty({
    description: 'Also in the server logs; quote it when reporting a problem.',
    example: '1f0c7a1e-3b0e-4c7b-9a51-7b1f2f0f2a10',
  })
  requestId!: string;
  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: 'Present on validation errors.',
  })
  errors?: FieldErrorDto[];
}

/** Documents the problem+json error responses a route can give. */
export function ProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_CODES[status],
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: { $ref: '#/components/schemas/ProblemDto' },
          },
        },
      }),
    ),
  );
}
